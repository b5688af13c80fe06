/**
 * The CDI portable extension: registers the library's beans, finds the {@code @SessionClaim} producers, reads the
 * settings once per deployment ({@link dev.sessionjwt.config.DeploymentSettings}) and checks the producers' claim
 * names; the servlet initializer reports their problems with every other problem of the deployment.
 */
package dev.sessionjwt.cdi;
