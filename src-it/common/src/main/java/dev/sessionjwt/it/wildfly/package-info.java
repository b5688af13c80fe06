/**
 * Tests of WildFly itself (the managed server the build starts): it listens on loopback only, and the library's
 * Undertow hook is in place. The conformance suite runs on WildFly too; these are what only WildFly has.
 */
package dev.sessionjwt.it.wildfly;
