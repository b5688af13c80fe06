/**
 * The library's implementation, in one sub-package per area. Nothing under {@code dev.sessionjwt.internal} is part of
 * the supported API (the root package {@link dev.sessionjwt} lists what is): it may change in any release, and the
 * published Javadoc leaves it out.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal;
