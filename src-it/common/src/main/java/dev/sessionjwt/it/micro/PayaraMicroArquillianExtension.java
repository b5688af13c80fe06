package dev.sessionjwt.it.micro;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

import dev.sessionjwt.it.ServerUnderTest;

/** Registers {@link PayaraMicroContainer}, in the Payara Micro 7 project only. */
public final class PayaraMicroArquillianExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (ServerUnderTest.current() == ServerUnderTest.PAYARA7) {
            builder.service(DeployableContainer.class, PayaraMicroContainer.class);
        }
    }
}
