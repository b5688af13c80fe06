/**
 * The token itself: signing ({@link dev.sessionjwt.token.TokenIssuer}), verification
 * ({@link dev.sessionjwt.token.TokenVerifier}) and the verified result ({@link dev.sessionjwt.token.SessionToken}),
 * built on jose4j.
 */
package dev.sessionjwt.token;
