/**
 * The token's machinery: signing with the current key ({@link dev.sessionjwt.internal.token.TokenIssuer}), verification
 * with the key its {@code kid} names ({@link dev.sessionjwt.internal.token.TokenVerifier}), recognition of a session's
 * own token without a signature check ({@link dev.sessionjwt.internal.token.TokenRecognizer},
 * {@link dev.sessionjwt.internal.token.TokenMemo}: what the session remembers of the tokens issued to it), the
 * verified-token cache in front of full verification ({@link dev.sessionjwt.internal.token.CachingTokenVerifier},
 * {@link dev.sessionjwt.internal.token.VerifiedTokenCache}) and what happens to tokens
 * ({@link dev.sessionjwt.internal.token.TokenCounters}), built on jose4j. The values it takes and returns
 * ({@link dev.sessionjwt.token.JwtKey}, {@link dev.sessionjwt.token.SessionToken}, ...) are the supported
 * {@code dev.sessionjwt.token}; reading key material is in {@code dev.sessionjwt.internal.token.keys}.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.token;
