package dev.sessionjwt.container;

import dev.sessionjwt.container.undertow.UndertowAdapters;
import jakarta.servlet.ServletContext;

/**
 * Chooses the {@link ContainerAdapter} for the running container by what its classes can do (embedded
 * servers do not always brand their server info), or refuses the deployment.
 */
public final class ContainerAdapters {

    private static final String CATALINA_REQUEST_FACADE = "org.apache.catalina.connector.RequestFacade";

    private ContainerAdapters() {
    }

    /**
     * @param context the web application's context, not null
     * @return the adapter for this container
     * @throws UnsupportedContainerException if the library has no adapter for it
     */
    public static ContainerAdapter forContext(ServletContext context) {
        String serverInfo = String.valueOf(context.getServerInfo());
        if (hasPayaraRequestFacade(context)) {
            return new PayaraContainerAdapter(serverInfo);
        }
        if (UndertowAdapters.isUndertow(context)) {
            return UndertowAdapters.forContext(context);
        }
        throw new UnsupportedContainerException(serverInfo);
    }

    /** Payara and GlassFish: Catalina's request facade with the public {@code getUnwrappedCoyoteRequest()}. */
    private static boolean hasPayaraRequestFacade(ServletContext context) {
        try {
            Class<?> facade = Class.forName(CATALINA_REQUEST_FACADE, false, context.getClass().getClassLoader());
            facade.getMethod("getUnwrappedCoyoteRequest");
            return true;
        } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
            return false;
        }
    }
}
