/**
 * The tests that only a Jakarta EE 11 server runs (Java 21 or newer, Servlet 6.1, CDI 4.1, Jakarta Security 4.0): not a
 * project of their own, but a test source folder each EE 11 server's project adds (execution ee11-tests of
 * src-it/pom.xml) beside the conformance suite it scans.
 */
package dev.sessionjwt.it.ee11;
