package dev.sessionjwt.internal.container.undertow;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Undertow's deployment hook (listed in {@code META-INF/services/io.undertow.servlet.ServletExtension}): before any
 * initializer runs, it wraps the session configuration of the web application that carries the library, so the
 * container's own cookie and {@code ;jsessionid=} are off and the session id comes from the token. Undertow ignores
 * {@code setSessionTrackingModes} with an empty set (it falls back to its cookie), so this is the switch.
 * The library checks at deployment that it ran ({@code UndertowAdapters}) and fails the deployment otherwise.
 */
public final class TokenSessionExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        if (!(deploymentInfo.getSessionConfigWrapper() instanceof TokenSessionConfigWrapper)) {
            deploymentInfo.setSessionConfigWrapper(new TokenSessionConfigWrapper(deploymentInfo.getSessionConfigWrapper()));
        }
    }
}
