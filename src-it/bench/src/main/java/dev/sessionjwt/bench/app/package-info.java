/**
 * The tiny application the HTTP benchmark deploys with and without session-jwt: log in (create a session),
 * then count the request in a {@code @SessionScoped} bean. It uses CDI, as Jakarta EE applications do, so
 * both deployments run Weld on every request and the comparison shows what the library itself adds.
 */
package dev.sessionjwt.bench.app;
