/**
 * The CDI portable extension: registers the library's beans, finds the {@code @SessionClaim} producers, reads the
 * settings once per deployment ({@link dev.sessionjwt.internal.config.DeploymentSettings}) and checks the producers' claim
 * names; the servlet initializer reports their problems with every other problem of the deployment.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.cdi;
