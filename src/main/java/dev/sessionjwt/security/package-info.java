/**
 * The library's Jakarta Security authentication mechanism, installed only when the application has none of
 * its own: programmatic login against the application's identity stores, the caller restored from the
 * JWT-bound session on later requests.
 */
package dev.sessionjwt.security;
