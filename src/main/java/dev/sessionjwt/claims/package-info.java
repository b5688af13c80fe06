/**
 * What the token says about the caller besides the session id: identity ({@code sub}, {@code upn},
 * {@code groups}), configured fields of the caller principal, {@link dev.sessionjwt.claims.SessionClaim}
 * producer methods and {@link dev.sessionjwt.claims.SessionClaimsProvider} beans; and how the application and
 * other services read them back ({@link dev.sessionjwt.servlet.SessionJwt}, {@link dev.sessionjwt.claims.SessionJwtReader}).
 */
package dev.sessionjwt.claims;
