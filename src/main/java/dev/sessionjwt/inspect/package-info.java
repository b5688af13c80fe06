/**
 * The command-line inspector, {@code java -jar session-jwt.jar inspect <token>}: shows a token to a person and
 * verifies it exactly as {@link dev.sessionjwt.claims.SessionJwtReader} would.
 */
package dev.sessionjwt.inspect;
