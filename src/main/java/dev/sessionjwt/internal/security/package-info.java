/**
 * The library's Jakarta Security authentication mechanism, installed only when the application has none of
 * its own: programmatic login against the application's identity stores, the caller restored from the
 * JWT-bound session on later requests.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.security;
