/**
 * Following a JWK set over HTTP for a reader in another service: which URLs may deliver the keys ({@link
 * dev.sessionjwt.internal.token.jwks.JwksLocation}), one bounded fetch ({@link dev.sessionjwt.internal.token.jwks.JwksFetch}) and the
 * cache that decides when to fetch and keeps the last good keys ({@link dev.sessionjwt.internal.token.jwks.JwksFollower}).
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.token.jwks;
