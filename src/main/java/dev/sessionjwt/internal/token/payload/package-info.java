/**
 * A recognized token's claims, parsed from its payload only when read
 * ({@link dev.sessionjwt.internal.token.payload.LazyClaims}). Its own package because both the supported
 * {@link dev.sessionjwt.token.SessionToken} and the internal token machinery use it, and it uses neither.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.token.payload;
