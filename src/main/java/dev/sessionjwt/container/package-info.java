/**
 * The container service-provider interface, the only door to container internals: a
 * {@link dev.sessionjwt.container.ContainerAdapterProvider} found with {@link java.util.ServiceLoader} says whether
 * its {@link dev.sessionjwt.container.ContainerAdapter} fits the running server (binding a request to the token's
 * session, or looking at a session without touching it);
 * {@link dev.sessionjwt.container.ContainerAdapters} picks one or fails the deployment ({@code SJWT0010}). Each
 * adapter lives in its own sub-package and is the only code that names its server's classes. Neutral helpers that
 * adapters share: {@link dev.sessionjwt.container.WeldSessionRefresh} (Weld-based servers),
 * {@link dev.sessionjwt.container.WebXmlDocument}, {@link dev.sessionjwt.container.CallerPrincipals#STANDARD}.
 *
 * <p>Supported API: the service-provider interface, {@link dev.sessionjwt.container.ContainerAdapterProvider},
 * {@link dev.sessionjwt.container.ContainerAdapter}, {@link dev.sessionjwt.container.CallerPrincipals} and
 * {@link dev.sessionjwt.container.RetiredSessionIds}. The other public types are shared with the built-in adapters:
 * not part of the supported API.
 */
package dev.sessionjwt.container;
