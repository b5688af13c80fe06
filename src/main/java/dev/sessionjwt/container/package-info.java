/**
 * The only place that touches container internals: making the container resolve the session named by the
 * token, or looking at a session without touching it ({@link dev.sessionjwt.container.ContainerAdapter}, one
 * implementation per container family) and
 * refreshing Weld's per-request session cache ({@link dev.sessionjwt.container.WeldSessionRefresh}).
 */
package dev.sessionjwt.container;
