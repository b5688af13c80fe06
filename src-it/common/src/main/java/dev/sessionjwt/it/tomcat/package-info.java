/**
 * Tomcat embedded in the test JVM (10.1 in the projects {@code tomcat} and {@code tomcat-bare}, 11.0 in
 * {@code tomcat11}): the Arquillian container that binds it to 127.0.0.1 only, and the Tomcat-only tests.
 */
package dev.sessionjwt.it.tomcat;
