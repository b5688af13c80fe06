/**
 * Following a JWK set over HTTP for a reader in another service: one bounded fetch ({@link
 * dev.sessionjwt.token.jwks.JwksFetch}) and the cache that decides when to fetch and keeps the last good keys
 * ({@link dev.sessionjwt.token.jwks.JwksFollower}).
 */
package dev.sessionjwt.token.jwks;
