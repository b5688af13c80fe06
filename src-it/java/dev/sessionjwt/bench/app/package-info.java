/**
 * The tiny application the HTTP benchmark deploys twice, with and without session-jwt: log in (create a
 * session), then touch the session on every request.
 */
package dev.sessionjwt.bench.app;
