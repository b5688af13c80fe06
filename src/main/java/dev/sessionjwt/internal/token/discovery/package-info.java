/**
 * The discovery document an application publishes beside its JWK set ({@link
 * dev.sessionjwt.internal.token.discovery.DiscoveryDocument}): everything a reader in another service, in any
 * language, needs to verify the application's cookie and read its claims; and the ended-sessions feed ({@link
 * dev.sessionjwt.internal.token.discovery.EndedSessionsFeed}) with the Java reader's side of it: verifying a fetched
 * feed ({@link dev.sessionjwt.internal.token.discovery.EndedSessionsFeedVerifier}), the list it holds ({@link
 * dev.sessionjwt.internal.token.discovery.EndedSessionsList}) and when it fetches and refuses ({@link
 * dev.sessionjwt.internal.token.discovery.EndedSessionsFollower}).
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.token.discovery;
