/**
 * The servlet side: the initializer that switches the container's own session cookie off and registers
 * the listeners, the per-request binding, and the reading and writing of the token cookie.
 */
package dev.sessionjwt.servlet;
