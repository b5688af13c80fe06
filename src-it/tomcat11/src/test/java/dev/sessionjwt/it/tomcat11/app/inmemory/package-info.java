/** A Jakarta Security 4.0 application whose only users are an {@code @InMemoryIdentityStoreDefinition}. */
package dev.sessionjwt.it.tomcat11.app.inmemory;
