/**
 * The layout of the claims in a token, shared by the issuing side and the readers: short and long claim names
 * ({@link dev.sessionjwt.internal.claims.ClaimNames}), the configured caller-principal fields
 * ({@link dev.sessionjwt.internal.claims.ClaimField}, {@link dev.sessionjwt.internal.claims.ClaimSettings}) and
 * django-session-jwt's defaults ({@link dev.sessionjwt.internal.claims.DjangoFields}). Depends on nothing of the
 * library.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.claims;
