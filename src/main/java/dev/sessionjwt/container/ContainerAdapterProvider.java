package dev.sessionjwt.container;

import java.util.Optional;

import jakarta.servlet.ServletContext;

/**
 * Service-provider interface: says whether a {@link ContainerAdapter} fits the running server and creates it.
 * Providers are found with {@link java.util.ServiceLoader} through the web application's class loader: list the
 * implementation's class name in {@code META-INF/services/dev.sessionjwt.container.ContainerAdapterProvider}
 * (in the library's jar for the built-in adapters, in the application's own jar or {@code WEB-INF/classes} for
 * an application-supplied one). The provider class itself must name no server class, so that it loads on
 * every server; only its adapter does.
 *
 * <p>Precedence: among the providers that {@link #supports} the server, the one with the highest
 * {@link #priority} wins, then the class name decides (alphabetically). Built-in adapters return
 * {@link #BUILT_IN}; the default is {@link #APPLICATION}, so an application's adapter wins over a built-in one
 * for the same server without further ado.
 *
 * <pre>
 * public final class MyServerAdapterProvider implements ContainerAdapterProvider {
 *     public String serverName() { return "MyServer 3"; }
 *     public boolean supports(ServletContext context) {
 *         return ContainerAdapterProvider.hasClass(context, "com.example.myserver.Request");
 *     }
 *     public ContainerAdapter create(ServletContext context) { return new MyServerAdapter(context); }
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface ContainerAdapterProvider {

    /** The priority of the adapters shipped in the library. */
    int BUILT_IN = 0;

    /** The default priority: above every built-in adapter. */
    int APPLICATION = 100;

    /**
     * @return the servers this provider supports, for people to read (listed by {@code SJWT0010}), not null
     */
    String serverName();

    /**
     * @return the precedence among providers that support the server: higher wins; {@link #APPLICATION} by default
     */
    default int priority() {
        return APPLICATION;
    }

    /**
     * Whether the adapter works in this server. Must be cheap and must not fail or load a class the server
     * lacks: check with {@link #hasClass} or {@code Class.forName(name, false, loader)} and plain reflection.
     *
     * @param context the web application's context, during deployment, not null
     * @return whether {@link #create} may be called
     */
    boolean supports(ServletContext context);

    /**
     * Creates the adapter for one web application, once, during deployment.
     *
     * @param context the web application's context, not null
     * @return the adapter, not null
     * @throws RuntimeException to fail the deployment, with a message that says what to do
     */
    ContainerAdapter create(ServletContext context);

    /**
     * Whether a class is visible to the server's class loader (the one that loaded the context's class), without
     * initializing it.
     *
     * @param context   the web application's context, not null
     * @param className the binary name of the class
     * @return whether it can be loaded
     */
    static boolean hasClass(ServletContext context, String className) {
        return findClass(context, className).isPresent();
    }

    /**
     * A class as the server's class loaders see it (the context's class's loader first, then the application's),
     * loaded without initializing it.
     *
     * @param context   the web application's context, not null
     * @param className the binary name of the class
     * @return the class, or empty when neither loader can load it
     */
    static Optional<Class<?>> findClass(ServletContext context, String className) {
        for (ClassLoader loader : new ClassLoader[] {context.getClass().getClassLoader(), context.getClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                return Optional.of(Class.forName(className, false, loader));
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not visible through this loader
            }
        }
        return Optional.empty();
    }
}
