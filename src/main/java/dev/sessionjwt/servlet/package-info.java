/**
 * The servlet side: the initializer that checks the deployment ({@code DeploymentCheck}, one error for every
 * problem), switches the container's own session cookie off and registers
 * the listeners, the per-request binding (a session's own token recognized from what the session remembers,
 * any other verified in full), the reading and writing of the token cookie, and the JWK set
 * endpoint that publishes the public keys.
 */
package dev.sessionjwt.servlet;
