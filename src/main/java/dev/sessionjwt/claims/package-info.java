/**
 * What the token says about the caller besides the session id, and how other services read it: the application adds
 * claims with {@link dev.sessionjwt.claims.SessionClaim} producer methods and
 * {@link dev.sessionjwt.claims.SessionClaimsProvider} beans and reads the caller as {@link dev.sessionjwt.claims.Caller};
 * another Java service verifies the cookie with {@link dev.sessionjwt.claims.SessionJwtReader} (built by
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder}, failing with
 * {@link dev.sessionjwt.claims.InvalidSessionTokenException}) and may take the application's back-channel logout
 * tokens through {@link dev.sessionjwt.claims.LogoutTokenServlet}. This package names no container or adapter type,
 * so a reader needs nothing of the servlet side (the servlet API only for that servlet).
 *
 * <p>Supported API: {@link dev.sessionjwt.claims.SessionClaim}, {@link dev.sessionjwt.claims.SessionClaimsProvider},
 * {@link dev.sessionjwt.claims.Caller}, {@link dev.sessionjwt.claims.SessionJwtReader},
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder}, {@link dev.sessionjwt.claims.InvalidSessionTokenException}
 * and {@link dev.sessionjwt.claims.LogoutTokenServlet}, the only public types here.
 */
package dev.sessionjwt.claims;
