package dev.sessionjwt.it.tomcat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

/**
 * Arquillian container for Tomcat 10.1 and 11.0 embedded in the test JVM, on Tomcat's public embedding API, with its
 * one HTTP connector bound to 127.0.0.1 ({@code arquillian-tomcat-embedded-10} binds it to every address and offers no
 * setting). A WAR that fails to start is removed again and remembered ({@link #failed}); {@code DeploymentGuard} turns
 * that into a deployment exception for managed deployments, as on the other embedded servers, while {@code
 * Deployer.deploy} of a deployment meant to fail returns quietly and the test reads the log.
 */
public final class LoopbackTomcatContainer implements DeployableContainer<LoopbackTomcatConfiguration> {

    private static final Logger LOG = Logger.getLogger(LoopbackTomcatContainer.class.getName());
    private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();

    private LoopbackTomcatConfiguration configuration;
    private Tomcat tomcat;
    private final Map<String, Context> deployed = new ConcurrentHashMap<>();

    /** Whether the last deployment of this WAR name failed to start. */
    public static boolean failed(String archiveName) {
        return FAILED.contains(archiveName);
    }

    @Override
    public Class<LoopbackTomcatConfiguration> getConfigurationClass() {
        return LoopbackTomcatConfiguration.class;
    }

    @Override
    public void setup(LoopbackTomcatConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public void start() {
        Path base = Path.of(configuration.getBaseDir()).toAbsolutePath();
        delete(base);
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname("127.0.0.1");
        EmbeddedTomcatSetUp.configure(tomcat);
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(configuration.getBindHttpPort());
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAppBase(base.resolve("webapps").toString());
        tomcat.getHost().setAutoDeploy(false);
        try {
            Files.createDirectories(base.resolve("webapps"));
            Files.createDirectories(base.resolve("wars"));
            tomcat.start();
        } catch (LifecycleException | IOException e) {
            throw new IllegalStateException("embedded Tomcat did not start", e);
        }
    }

    @Override
    public void stop() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String name = archive.getName();
        String contextPath = "/" + name.replaceAll("\\.war$", "");
        File war = Path.of(configuration.getBaseDir()).toAbsolutePath().resolve("wars").resolve(name).toFile();
        archive.as(ZipExporter.class).exportTo(war, true);
        FAILED.remove(name);
        Context context;
        try {
            context = tomcat.addWebapp(contextPath, war.getAbsolutePath());
        } catch (RuntimeException e) {
            // an initializer threw an unchecked exception (Weld's, when an extension fails the deployment): Tomcat
            // throws it out of addWebapp, and a Tomcat installation's HostConfig logs it, as here
            LOG.log(Level.SEVERE, "Error deploying web application archive [" + name + "]", e);
            context = (Context) tomcat.getHost().findChild(contextPath);
        }
        if (context == null || !context.getState().isAvailable()) {
            FAILED.add(name);
            if (context != null) {
                tomcat.getHost().removeChild(context);
            }
            return new ProtocolMetaData();
        }
        deployed.put(name, context);
        HTTPContext http = new HTTPContext("127.0.0.1", configuration.getBindHttpPort());
        for (Container child : context.findChildren()) {
            http.add(new Servlet(child.getName(), contextPath));
        }
        return new ProtocolMetaData().addContext(http);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        Context context = deployed.remove(archive.getName());
        if (context != null) {
            tomcat.getHost().removeChild(context);
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

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
