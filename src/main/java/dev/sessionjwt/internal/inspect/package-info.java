/**
 * The command-line inspector, {@code java -jar session-jwt-<version>-inspector.jar inspect <token>} (the jar with
 * classifier {@code inspector}, which carries jose4j): shows a token to a person and verifies it exactly as
 * {@link dev.sessionjwt.claims.SessionJwtReader} would.
 *
 * <p>Internal: the command line is the interface, not these classes, which are not part of the supported API.
 */
package dev.sessionjwt.internal.inspect;
