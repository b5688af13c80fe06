/**
 * Integration tests that only make sense on Open Liberty, run by the failsafe execution {@code liberty}: the managed
 * server listens on loopback only, Weld's session holder as the application sees it, and a MicroProfile JWT service
 * of Liberty's reading the cookie.
 */
package dev.sessionjwt.it.liberty;
