/**
 * The token itself: signing ({@link dev.sessionjwt.token.TokenIssuer}), verification
 * ({@link dev.sessionjwt.token.TokenVerifier}), the verified-token cache in front of it
 * ({@link dev.sessionjwt.token.CachingTokenVerifier}, {@link dev.sessionjwt.token.VerifiedTokenCache}), what
 * happens to tokens ({@link dev.sessionjwt.token.TokenCounters}) and the verified result
 * ({@link dev.sessionjwt.token.SessionToken}), built on jose4j.
 */
package dev.sessionjwt.token;
