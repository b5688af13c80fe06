/**
 * Key material: where it comes from ({@link dev.sessionjwt.internal.token.keys.KeySource}: inline, {@code file:},
 * {@code classpath:} or a path), how it is read ({@link dev.sessionjwt.internal.token.keys.KeyParser} with
 * {@link dev.sessionjwt.internal.token.keys.PemKeys} and {@link dev.sessionjwt.internal.token.keys.JwkKeys}, the JDK and jose4j
 * only; a secret only when written {@code secret:...}, any other unknown text refused with its form named), which algorithm fits it ({@link dev.sessionjwt.internal.token.keys.JwsAlgorithm}), what is refused as weak
 * or mismatched ({@link dev.sessionjwt.internal.token.keys.KeyValidation}, {@link dev.sessionjwt.internal.token.keys.PublicKeys})
 * and how the public keys are published ({@link dev.sessionjwt.internal.token.keys.JwksDocument}).
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.token.keys;
