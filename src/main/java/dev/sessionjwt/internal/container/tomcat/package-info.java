/**
 * The container adapter for Apache Tomcat 10.1 and 11.0 (a servlet container, not a Jakarta EE server: the application
 * brings Weld for CDI, MicroProfile Config and, for logins, Jakarta Security). The only package that names Tomcat's
 * classes. {@code BeanManagerJndiInitializer} puts Weld's BeanManager in JNDI for the Tomcat starters, which list it.
 *
 * <p>Internal: the provider is public only for {@link java.util.ServiceLoader}, the initializer for the container;
 * not part of the supported API.
 */
package dev.sessionjwt.internal.container.tomcat;
