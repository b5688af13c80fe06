/**
 * What the token says about the caller besides the session id: identity ({@code sub}, {@code upn},
 * {@code groups}), configured fields of the caller principal, {@link dev.sessionjwt.claims.SessionClaim}
 * producer methods and {@link dev.sessionjwt.claims.SessionClaimsProvider} beans; and how the application and
 * other services read them back ({@link dev.sessionjwt.servlet.SessionJwt}, {@link dev.sessionjwt.claims.SessionJwtReader}).
 *
 * <p>Supported API: {@link dev.sessionjwt.claims.SessionClaim}, {@link dev.sessionjwt.claims.SessionClaimsProvider},
 * {@link dev.sessionjwt.claims.Caller}, {@link dev.sessionjwt.claims.SessionJwtReader},
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder} and {@link dev.sessionjwt.claims.InvalidSessionTokenException}.
 * The other public types are public only because other packages of the library use them: not part of the supported API.
 */
package dev.sessionjwt.claims;
