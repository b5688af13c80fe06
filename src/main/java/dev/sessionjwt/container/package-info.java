/**
 * The container service-provider interface, the only door to container internals: a
 * {@link dev.sessionjwt.container.ContainerAdapterProvider} found with {@link java.util.ServiceLoader} says whether
 * its {@link dev.sessionjwt.container.ContainerAdapter} fits the running server (binding a request to the token's
 * session, or looking at a session without touching it); the adapter says how the server represents the caller
 * ({@link dev.sessionjwt.container.CallerPrincipals}) and, for a replicating server, where replaced session ids are
 * recorded ({@link dev.sessionjwt.container.RetiredSessionIds}) and what the cluster's engine offers for the
 * ended-sessions feed ({@link dev.sessionjwt.container.ClusterStrings}). The built-in adapters and what they share are internal
 * ({@code dev.sessionjwt.internal.container} and its sub-packages).
 *
 * <p>Supported API: the service-provider interface, {@link dev.sessionjwt.container.ContainerAdapterProvider},
 * {@link dev.sessionjwt.container.ContainerAdapter}, {@link dev.sessionjwt.container.CallerPrincipals},
 * {@link dev.sessionjwt.container.RetiredSessionIds} and {@link dev.sessionjwt.container.ClusterStrings}, the only
 * public types here.
 */
package dev.sessionjwt.container;
