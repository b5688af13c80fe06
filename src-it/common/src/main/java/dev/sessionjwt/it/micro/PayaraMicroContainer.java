package dev.sessionjwt.it.micro;

import java.io.IOException;
import java.nio.file.Files;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Arquillian container for one Payara Micro 7 process ({@link PayaraMicroServer}) that serves every test WAR of the run:
 * each WAR is written to a file and deployed through the deployer application, under the context root of its name. A
 * deployment the server refuses throws {@link DeploymentException} with what the server logged meanwhile, as a managed
 * WildFly's does; the test then reads the reason from the server log.
 */
public final class PayaraMicroContainer implements DeployableContainer<PayaraMicroConfiguration> {

    private PayaraMicroConfiguration configuration;
    private PayaraMicroServer server;

    @Override
    public Class<PayaraMicroConfiguration> getConfigurationClass() {
        return PayaraMicroConfiguration.class;
    }

    @Override
    public void setup(PayaraMicroConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public void start() {
        server = PayaraMicroServer.start(configuration);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName().replaceAll("\\.war$", "");
        try {
            server.deploy(archive, name);
        } catch (IllegalStateException e) {
            throw new DeploymentException(e.getMessage());
        }
        HTTPContext http = new HTTPContext("127.0.0.1", configuration.getHttpPort());
        http.add(new Servlet("default", "/" + name));
        return new ProtocolMetaData().addContext(http);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        String name = archive.getName().replaceAll("\\.war$", "");
        server.deployer("undeploy", name, null);
        try {
            Files.deleteIfExists(server.warFile(name));
        } catch (IOException e) {
            // the working directory is emptied at the next start
        }
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed here");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed here");
    }
}
