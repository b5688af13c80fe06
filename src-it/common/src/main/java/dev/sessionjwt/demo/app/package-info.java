/**
 * The demo application: a page and a small JSON API over an ordinary {@code HttpSession} and a
 * {@code @SessionScoped} counter, with session-jwt in {@code WEB-INF/lib}. Also deployed by the
 * integration tests.
 */
package dev.sessionjwt.demo.app;
