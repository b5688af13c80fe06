package dev.sessionjwt.internal.container.undertow;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.container.WebXmlCookieAttributes;
import dev.sessionjwt.internal.container.WeldSessionRefresh;
import dev.sessionjwt.internal.message.Message;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.spec.ServletContextImpl;
import jakarta.servlet.ServletContext;

/**
 * Builds the Undertow adapter of one deployment, after checking that the library's {@link TokenSessionExtension}
 * installed its session-config wrapper there: without it Undertow would go on reading and writing its own session
 * cookie, so the deployment fails instead ({@code SJWT0015}).
 */
final class UndertowAdapters {

    private UndertowAdapters() {
    }

    /**
     * @param context Undertow's context, during deployment
     * @return the adapter for the deployment
     * @throws IllegalStateException with {@code SJWT0015} when the wrapper is not the deployment's
     */
    static ContainerAdapter create(ServletContext context) {
        DeploymentInfo info = ((ServletContextImpl) context).getDeployment().getDeploymentInfo();
        if (!(info.getSessionConfigWrapper() instanceof TokenSessionConfigWrapper wrapper)) {
            throw new IllegalStateException(notInstalled("the deployment's wrapper is "
                    + info.getSessionConfigWrapper()));
        }
        return new UndertowContainerAdapter(wrapper, CachedSessionDetach.forUndertow(),
                WeldSessionRefresh.forClassLoader(context.getClassLoader()), WebXmlCookieAttributes.of(context),
                ElytronCallerPrincipals.forClassLoader(context.getClassLoader()),
                InMemorySessions.in(info));
    }

    static String notInstalled(String found) {
        return Message.UNDERTOW_WRAPPER_MISSING.format(TokenSessionExtension.class.getName(), found);
    }
}
