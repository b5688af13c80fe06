/**
 * The servlet side: the initializer that checks the deployment ({@code DeploymentCheck}, one error for every
 * problem), switches the container's own session cookie off and registers
 * the listeners, the per-request binding (a session's own token recognized from what the session remembers,
 * any other verified in full), the reading and writing of the token cookie, and the JWK set
 * endpoint that publishes the public keys.
 *
 * <p>Supported API: {@link dev.sessionjwt.servlet.SessionJwt}, {@link dev.sessionjwt.servlet.RequestAttributes} and
 * {@link dev.sessionjwt.servlet.SessionAttributes}. The initializer is public only for the servlet container, which
 * finds it through {@code META-INF/services}: not part of the supported API.
 */
package dev.sessionjwt.servlet;
