/**
 * The application the starter tests deploy ({@code dev.sessionjwt.it.starter.StarterTestBase}): a session-scoped counter
 * and a servlet that shows it with the session's id, using nothing but CDI and the servlet API.
 */
package dev.sessionjwt.it.starter.app;
