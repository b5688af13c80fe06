/**
 * What goes into a token when it is issued: identity claims, configured principal fields, {@code @SessionClaim}
 * producer methods and {@code SessionClaimsProvider} beans, assembled by
 * {@link dev.sessionjwt.internal.claims.assembly.ClaimsAssembler}.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.claims.assembly;
