/**
 * session-jwt: the servlet session cookie as a signed JWT bound to the container's own {@code HttpSession}.
 *
 * <p>Drop the jar into {@code WEB-INF/lib} and set {@code session-jwt.key} in MicroProfile Config; the
 * {@link dev.sessionjwt.servlet.SessionJwtInitializer} does the rest.
 */
package dev.sessionjwt;
