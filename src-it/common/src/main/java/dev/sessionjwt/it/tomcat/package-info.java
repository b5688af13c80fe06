/**
 * Tomcat 10.1 embedded in the test JVM (failsafe executions {@code tomcat} and {@code tomcat-bare}): the Arquillian
 * container that binds it to 127.0.0.1 only, and the Tomcat-only tests.
 */
package dev.sessionjwt.it.tomcat;
