/**
 * The adapter for Open Liberty (and WebSphere Liberty, which shares its web container): Liberty has no public hook
 * for the requested session id, so {@link dev.sessionjwt.internal.container.liberty.LibertyContainerAdapter} replaces the
 * request's session affinity contexts and drops the sessions the request resolved, through members of Liberty's
 * web container that {@link dev.sessionjwt.internal.container.liberty.LibertyMembers} looks up once, at deployment
 * ({@code SJWT0017} if one is missing). The only package that names Liberty classes, and only by name.
 *
 * <p>Internal: the provider is public only for {@link java.util.ServiceLoader}; not part of the supported API.
 */
package dev.sessionjwt.internal.container.liberty;
