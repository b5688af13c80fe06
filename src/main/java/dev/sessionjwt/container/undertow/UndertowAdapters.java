package dev.sessionjwt.container.undertow;

import dev.sessionjwt.container.ContainerAdapter;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Recognizes Undertow (WildFly, JBoss EAP) and builds its adapter, after checking that the library's
 * {@link TokenSessionExtension} installed its session-config wrapper for this deployment: without it Undertow would
 * go on reading and writing its own session cookie, so the deployment fails instead.
 */
public final class UndertowAdapters {

    /** Undertow's servlet context class, looked for by name so that no Undertow class loads elsewhere. */
    public static final String SERVLET_CONTEXT_CLASS = "io.undertow.servlet.spec.ServletContextImpl";
    /** Stable id of the message for a missing wrapper. */
    public static final String NOT_INSTALLED_ID = "SJWT0015";

    private UndertowAdapters() {
    }

    /**
     * Whether the context is Undertow's, decided by its class name alone.
     *
     * @param context the web application's context, not null
     * @return true on Undertow
     */
    public static boolean isUndertow(ServletContext context) {
        return context.getClass().getName().equals(SERVLET_CONTEXT_CLASS);
    }

    /**
     * @param context Undertow's context (see {@link #isUndertow}), during deployment
     * @return the adapter for the deployment
     * @throws IllegalStateException with {@value #NOT_INSTALLED_ID} when the wrapper is not the deployment's
     */
    public static ContainerAdapter forContext(ServletContext context) {
        DeploymentInfo info = ((ServletContextImpl) context).getDeployment().getDeploymentInfo();
        if (!(info.getSessionConfigWrapper() instanceof TokenSessionConfigWrapper wrapper)) {
            throw new IllegalStateException(notInstalled("the deployment's wrapper is "
                    + info.getSessionConfigWrapper()));
        }
        return new UndertowContainerAdapter(wrapper, CachedSessionDetach.forUndertow());
    }

    static String notInstalled(String found) {
        return NOT_INSTALLED_ID + ": session-jwt's Undertow extension " + TokenSessionExtension.class.getName()
                + " did not install its session-config wrapper (" + found + "), so Undertow would keep its own"
                + " session cookie and ;jsessionid=. Keep META-INF/services/io.undertow.servlet.ServletExtension in the"
                + " session-jwt jar, and let no other ServletExtension replace DeploymentInfo.setSessionConfigWrapper"
                + " (wrap the one already set instead).";
    }
}
