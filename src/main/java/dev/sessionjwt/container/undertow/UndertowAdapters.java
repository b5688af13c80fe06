package dev.sessionjwt.container.undertow;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.WebXmlCookieAttributes;
import dev.sessionjwt.container.WeldSessionRefresh;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Builds the Undertow adapter of one deployment, after checking that the library's {@link TokenSessionExtension}
 * installed its session-config wrapper there: without it Undertow would go on reading and writing its own session
 * cookie, so the deployment fails instead ({@value #NOT_INSTALLED_ID}).
 */
final class UndertowAdapters {

    /** Stable id of the message for a missing wrapper. */
    static final String NOT_INSTALLED_ID = "SJWT0015";

    private UndertowAdapters() {
    }

    /**
     * @param context Undertow's context, during deployment
     * @return the adapter for the deployment
     * @throws IllegalStateException with {@value #NOT_INSTALLED_ID} when the wrapper is not the deployment's
     */
    static ContainerAdapter create(ServletContext context) {
        DeploymentInfo info = ((ServletContextImpl) context).getDeployment().getDeploymentInfo();
        if (!(info.getSessionConfigWrapper() instanceof TokenSessionConfigWrapper wrapper)) {
            throw new IllegalStateException(notInstalled("the deployment's wrapper is "
                    + info.getSessionConfigWrapper()));
        }
        return new UndertowContainerAdapter(wrapper, CachedSessionDetach.forUndertow(),
                WeldSessionRefresh.forClassLoader(context.getClassLoader()), WebXmlCookieAttributes.of(context),
                ElytronCallerPrincipals.forClassLoader(context.getClassLoader()));
    }

    static String notInstalled(String found) {
        return NOT_INSTALLED_ID + ": session-jwt's Undertow extension " + TokenSessionExtension.class.getName()
                + " did not install its session-config wrapper (" + found + "), so Undertow would keep its own"
                + " session cookie and ;jsessionid=. Keep META-INF/services/io.undertow.servlet.ServletExtension in the"
                + " session-jwt jar, and let no other ServletExtension replace DeploymentInfo.setSessionConfigWrapper"
                + " (wrap the one already set instead).";
    }
}
