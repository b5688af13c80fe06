/**
 * The CDI portable extension: registers the library's beans, finds the {@code @SessionClaim} producers and
 * validates settings and claim names at deployment.
 */
package dev.sessionjwt.cdi;
