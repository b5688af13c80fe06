package dev.sessionjwt.demo;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;

import org.glassfish.embeddable.BootstrapProperties;
import org.glassfish.embeddable.GlassFish;
import org.glassfish.embeddable.GlassFishException;
import org.glassfish.embeddable.GlassFishProperties;
import org.glassfish.embeddable.GlassFishRuntime;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.ServerUnderTest;

/**
 * Embedded Payara or GlassFish in this JVM ({@link ServerUnderTest#current()}, system property {@code it.server}),
 * booted from the loopback-only {@code payara/domain.xml} or {@code glassfish/domain.xml} on the class path (every
 * listener on 127.0.0.1; on Payara Hazelcast and phone-home off), for the demo and the HTTP benchmark.
 *
 * <pre>
 * try (LoopbackServer server = LoopbackServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class LoopbackServer implements LocalServer {

    private static final String LISTENERS =
            "embedded-glassfish-config.server.network-config.network-listeners.network-listener.";

    private final GlassFishRuntime runtime;
    private final GlassFish glassfish;
    private final int port;

    private LoopbackServer(GlassFishRuntime runtime, GlassFish glassfish, int port) {
        this.runtime = runtime;
        this.glassfish = glassfish;
        this.port = port;
    }

    /**
     * Boots the server with its HTTP listener on {@code 127.0.0.1:port} and the admin listener on a free
     * loopback port.
     *
     * @param port the HTTP port; it must be free (checked before the slow boot)
     */
    public static LoopbackServer start(int port) throws Exception {
        return start(port, 0);
    }

    /**
     * Like {@link #start(int)}, with the HTTPS listener of domain.xml enabled on {@code 127.0.0.1:httpsPort} when
     * that is positive. Its certificate (nickname {@code s1as}) comes from the key store named by the system
     * properties {@code javax.net.ssl.keyStore} and {@code javax.net.ssl.keyStorePassword}, set before the boot.
     */
    public static LoopbackServer start(int port, int httpsPort) throws Exception {
        LocalServer.requireFreePort(port);
        if (httpsPort > 0) {
            LocalServer.requireFreePort(httpsPort);
        }
        ServerUnderTest server = ServerUnderTest.current();
        String config = server.id() + "/domain.xml";
        URL domainXml = LoopbackServer.class.getResource("/" + config);
        if (domainXml == null) {
            throw new IllegalStateException(config + " is not on the class path");
        }
        GlassFishProperties properties = new GlassFishProperties();
        properties.setConfigFileURI(domainXml.toURI().toString());
        properties.setConfigFileReadOnly(true);
        properties.setPort("http-listener", port);
        if (server == ServerUnderTest.PAYARA) {
            // the admin listener (127.0.0.1:4848 in domain.xml) moves to a free port, so several servers can run;
            // GlassFish's embedded domain.xml has none
            properties.setPort("admin-listener", freeLoopbackPort());
        }
        if (httpsPort > 0) {
            properties.setPort("https-listener", httpsPort);
            properties.setProperty(LISTENERS + "https-listener.enabled", "true");
        }

        GlassFishRuntime runtime = GlassFishRuntime.bootstrap(new BootstrapProperties());
        GlassFish glassfish = runtime.newGlassFish(properties);
        glassfish.start();
        return new LoopbackServer(runtime, glassfish, port);
    }

    /** The HTTP port on 127.0.0.1. */
    @Override
    public int port() {
        return port;
    }

    /**
     * Deploys a WAR at {@code /name}.
     *
     * @throws IllegalStateException if the deployment fails (the server's SEVERE messages say why)
     */
    @Override
    public void deploy(WebArchive war, String name) throws IOException, GlassFishException {
        File file = File.createTempFile(name, ".war");
        file.deleteOnExit();
        war.as(ZipExporter.class).exportTo(file, true);
        // the embedded deployer returns null instead of throwing when the deployment fails
        if (glassfish.getDeployer().deploy(file.toURI(), "--name", name, "--contextroot", name) == null) {
            throw new IllegalStateException(name + " failed to deploy; the server's SEVERE messages above say why");
        }
    }

    /** Undeploys the application deployed as {@code name}. */
    public void undeploy(String name) throws GlassFishException {
        glassfish.getDeployer().undeploy(name);
    }

    /** Stops the server. */
    @Override
    public void close() throws GlassFishException {
        try {
            glassfish.dispose();
        } finally {
            runtime.shutdown();
        }
    }

    /** Ends this JVM when the launching Maven process goes away (exec:exec does not kill its child on SIGTERM). */
    public static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    /** A currently free port on 127.0.0.1. */
    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
