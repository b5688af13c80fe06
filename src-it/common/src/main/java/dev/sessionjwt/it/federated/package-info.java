/**
 * A federated service that knows nothing of session-jwt: MicroProfile JWT alone ({@code @LoginConfig(authMethod =
 * "MP-JWT")}), verifying the session cookie's token with the issuing application's published public keys.
 */
package dev.sessionjwt.it.federated;
