package dev.sessionjwt.it.wildfly.app;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionConfigWrapper;
import jakarta.servlet.ServletContext;

/**
 * A careless application extension: after every other extension ran, it puts back the session-config wrapper that
 * was there before the first one (WildFly's own), which throws session-jwt's wrapper away.
 */
public class WrapperReplacingExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        SessionConfigWrapper original = deploymentInfo.getSessionConfigWrapper();
        // extensions added to the DeploymentInfo run after all those found with ServiceLoader
        deploymentInfo.addServletExtension((info, context) -> info.setSessionConfigWrapper(original));
    }
}
