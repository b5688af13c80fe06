/**
 * What the built-in adapters share and how the library picks one:
 * {@link dev.sessionjwt.internal.container.ContainerAdapters} finds the {@code ContainerAdapterProvider}s and picks
 * one or fails the deployment ({@code SJWT0010}); neutral helpers: {@link dev.sessionjwt.internal.container.WeldSessionRefresh}
 * (Weld-based servers), {@link dev.sessionjwt.internal.container.WebXmlDocument},
 * {@link dev.sessionjwt.internal.container.WebXmlCookieAttributes}, {@link dev.sessionjwt.internal.container.ServletRequests},
 * {@link dev.sessionjwt.internal.container.JakartaSecurity}. Each built-in adapter lives in its own sub-package and is
 * the only code that names its server's classes. The service-provider interface itself is the supported
 * {@code dev.sessionjwt.container}.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.container;
