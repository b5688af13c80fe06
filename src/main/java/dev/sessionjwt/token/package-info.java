/**
 * The values a reader of the token takes and gets back: the keys ({@link dev.sessionjwt.token.JwtKey},
 * {@link dev.sessionjwt.token.JwtKeyRing}), the verified token ({@link dev.sessionjwt.token.SessionToken}) and the
 * outcome of a verification ({@link dev.sessionjwt.token.Verification}, {@link dev.sessionjwt.token.TokenRejection}).
 * Signing, verifying and recognizing tokens is internal ({@code dev.sessionjwt.internal.token}).
 *
 * <p>Supported API: {@link dev.sessionjwt.token.Verification}, {@link dev.sessionjwt.token.SessionToken},
 * {@link dev.sessionjwt.token.TokenRejection}, {@link dev.sessionjwt.token.JwtKey} and
 * {@link dev.sessionjwt.token.JwtKeyRing}, the only public types here.
 */
package dev.sessionjwt.token;
