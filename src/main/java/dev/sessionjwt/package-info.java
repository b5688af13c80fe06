/**
 * session-jwt: the servlet session cookie as a signed JWT bound to the container's own {@code HttpSession}.
 *
 * <p>Drop the jar into {@code WEB-INF/lib} and set {@code session-jwt.key} in MicroProfile Config; the library's
 * {@code ServletContainerInitializer} does the rest. Applications need no code at all; what they may call is the
 * supported API below, and only that.
 *
 * <p>The supported API (each type says {@code @since}), the only public types of their packages but for the servlet
 * container's entry point {@code SessionJwtInitializer}; everything else is under {@code dev.sessionjwt.internal}, is
 * not part of the supported API, and may change in any release:
 * <ul>
 * <li>In the application: {@link dev.sessionjwt.servlet.SessionJwt} (the current token's claims, a refresh),
 * {@link dev.sessionjwt.servlet.RequestAttributes}, {@link dev.sessionjwt.servlet.SessionAttributes},
 * {@link dev.sessionjwt.claims.SessionClaim} (claim producer methods),
 * {@link dev.sessionjwt.claims.SessionClaimsProvider} (claims from a bean), {@link dev.sessionjwt.claims.Caller},
 * and the configuration keys {@link dev.sessionjwt.config.SettingKeys}.</li>
 * <li>In another Java service that reads the cookie: {@link dev.sessionjwt.claims.SessionJwtReader},
 * {@link dev.sessionjwt.claims.SessionJwtReaderBuilder}, {@link dev.sessionjwt.claims.InvalidSessionTokenException},
 * {@link dev.sessionjwt.claims.LogoutTokenServlet} (back-channel logout), and the types they take and return: {@link dev.sessionjwt.token.Verification},
 * {@link dev.sessionjwt.token.SessionToken}, {@link dev.sessionjwt.token.TokenRejection},
 * {@link dev.sessionjwt.token.JwtKey}, {@link dev.sessionjwt.token.JwtKeyRing}.</li>
 * <li>For operators: {@link dev.sessionjwt.management.TokenStatisticsMXBean} (JMX), and the command line
 * {@code java -jar session-jwt-<version>-inspector.jar inspect} (the jar with classifier {@code inspector}).</li>
 * <li>For a container the library does not support yet (the service-provider interface):
 * {@link dev.sessionjwt.container.ContainerAdapterProvider}, {@link dev.sessionjwt.container.ContainerAdapter},
 * {@link dev.sessionjwt.container.CallerPrincipals}, {@link dev.sessionjwt.container.RetiredSessionIds},
 * {@link dev.sessionjwt.container.ClusterStrings}.</li>
 * <li>In the application's integration tests, from the jar with classifier {@code testing}:
 * {@link dev.sessionjwt.test.SessionJwtClient}.</li>
 * </ul>
 */
package dev.sessionjwt;
