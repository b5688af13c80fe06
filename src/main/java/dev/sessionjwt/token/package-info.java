/**
 * The token itself: signing with the current key ({@link dev.sessionjwt.token.TokenIssuer}), verification with
 * the key its {@code kid} names ({@link dev.sessionjwt.token.TokenVerifier}, {@link dev.sessionjwt.token.JwtKeyRing}),
 * recognition of a session's own token without a signature check ({@link dev.sessionjwt.token.TokenRecognizer},
 * {@link dev.sessionjwt.token.TokenMemo}: what the session remembers of the tokens issued to it),
 * the verified-token cache in front of full verification ({@link dev.sessionjwt.token.CachingTokenVerifier},
 * {@link dev.sessionjwt.token.VerifiedTokenCache}), what happens to tokens ({@link dev.sessionjwt.token.TokenCounters})
 * and the verified result ({@link dev.sessionjwt.token.SessionToken}), built on jose4j. Reading key material is in
 * {@code dev.sessionjwt.token.keys}.
 *
 * <p>Supported API: what {@link dev.sessionjwt.claims.SessionJwtReader} takes and returns,
 * {@link dev.sessionjwt.token.Verification}, {@link dev.sessionjwt.token.SessionToken},
 * {@link dev.sessionjwt.token.TokenRejection}, {@link dev.sessionjwt.token.JwtKey} and
 * {@link dev.sessionjwt.token.JwtKeyRing}. The other public types are public only because other packages of the
 * library use them: not part of the supported API.
 */
package dev.sessionjwt.token;
