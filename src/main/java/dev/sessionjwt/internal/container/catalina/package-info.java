/**
 * The container adapter for Payara 6 and GlassFish 7, whose web container is Catalina's: the only code that
 * knows Catalina's request internals, GlassFish's caller principals, Payara's session versions and its Hazelcast.
 * Everything is reached by reflection, so the library has no compile-time tie to either server.
 *
 * <p>Internal: the provider is public only for {@link java.util.ServiceLoader}; not part of the supported API.
 */
package dev.sessionjwt.internal.container.catalina;
