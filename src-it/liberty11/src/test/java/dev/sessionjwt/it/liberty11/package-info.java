/**
 * The Open Liberty Jakarta EE 11 project's own pieces: the server started on the test JVM's JDK, and what
 * src/site/markdown/liberty.md tells an EE 11 user to enable.
 */
package dev.sessionjwt.it.liberty11;
