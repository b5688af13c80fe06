/**
 * The demo as a user starts it ({@code mvn -Pdemo}): its real entry point in a JVM of its own, with the arguments and
 * class path the demo profile gives it.
 */
package dev.sessionjwt.it.demo;
