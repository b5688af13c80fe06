/**
 * The adapter for WildFly and JBoss EAP (Undertow), on Undertow's public servlet API: a {@code ServletExtension}
 * wraps the deployment's {@code SessionConfig} so that Undertow takes the session id only from the verified token and
 * never reads or writes its own cookie or {@code ;jsessionid=}. The only package that names Undertow classes.
 *
 * <p>Internal: the providers are public only for {@link java.util.ServiceLoader} (and Undertow's extension
 * loader); not part of the supported API.
 */
package dev.sessionjwt.internal.container.undertow;
