/**
 * The CDI portable extension: registers the library's beans, finds the {@code @SessionClaim} producers and
 * validates settings and claim names at deployment.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.cdi;
