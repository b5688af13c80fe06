/**
 * What the token says about the caller besides the session id, and how other services read it: the application adds
 * claims with {@link dev.sessionjwt.claims.SessionClaim} producer methods and
 * {@link dev.sessionjwt.claims.SessionClaimsProvider} beans and reads the caller as {@link dev.sessionjwt.claims.Caller};
 * another Java service verifies the cookie with {@link dev.sessionjwt.claims.SessionJwtReader} (built by
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder}, failing with
 * {@link dev.sessionjwt.claims.InvalidSessionTokenException}). This package names no container or adapter type, so a
 * reader needs nothing of the servlet side.
 *
 * <p>Supported API: {@link dev.sessionjwt.claims.SessionClaim}, {@link dev.sessionjwt.claims.SessionClaimsProvider},
 * {@link dev.sessionjwt.claims.Caller}, {@link dev.sessionjwt.claims.SessionJwtReader},
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder} and {@link dev.sessionjwt.claims.InvalidSessionTokenException},
 * the only public types here.
 */
package dev.sessionjwt.claims;
