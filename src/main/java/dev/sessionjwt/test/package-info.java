/**
 * Helpers for the tests of applications that use session-jwt: {@link dev.sessionjwt.test.SessionJwtClient}
 * drives a deployment over real HTTP with the session cookie. Nothing here is used by the library at run
 * time, and nothing in the library has a test back door.
 *
 * <p>Supported API: {@link dev.sessionjwt.test.SessionJwtClient}. This package ships in its own jar, the artifact
 * {@code dev.sessionjwt:session-jwt} with classifier {@code testing}, for the test scope; the library jar does not
 * carry it.
 */
package dev.sessionjwt.test;
