package dev.sessionjwt.it.tomcat;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import dev.sessionjwt.it.ServerUnderTest;

/** Registers {@link LoopbackTomcatContainer} and {@link TomcatDeploymentGuard}, in the Tomcat executions only. */
public final class TomcatArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (ServerUnderTest.current().kind() == ServerUnderTest.TOMCAT) {
            builder.service(DeployableContainer.class, LoopbackTomcatContainer.class);
            builder.observer(TomcatDeploymentGuard.class);
        }
    }
}
