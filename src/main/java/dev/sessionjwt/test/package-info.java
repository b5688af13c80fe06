/**
 * Helpers for the tests of applications that use session-jwt: {@link dev.sessionjwt.test.SessionJwtClient}
 * drives a deployment over real HTTP with the session cookie. Nothing here is used by the library at run
 * time, and nothing in the library has a test back door.
 */
package dev.sessionjwt.test;
