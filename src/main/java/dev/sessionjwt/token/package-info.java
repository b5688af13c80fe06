/**
 * The token itself: signing with the current key ({@link dev.sessionjwt.token.TokenIssuer}), verification with
 * the key its {@code kid} names ({@link dev.sessionjwt.token.TokenVerifier}, {@link dev.sessionjwt.token.JwtKeyRing})
 * and the verified result ({@link dev.sessionjwt.token.SessionToken}), built on jose4j. Reading key material is
 * in {@code dev.sessionjwt.token.keys}.
 */
package dev.sessionjwt.token;
