package dev.sessionjwt.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.tomcat.EmbeddedTomcatSetUp;

/**
 * Tomcat 10.1 or 11.0 (whichever tomcat-embed-core is on the class path: {@code tomcat} or {@code tomcat11}) embedded
 * in this JVM for the demo and the HTTP benchmark, its one connector on 127.0.0.1. The WARs carry Weld servlet, SmallRye
 * Config and Soteria ({@code it.server.libs}: Weld 6 and Soteria 4 on Tomcat 11), as a Tomcat application does.
 *
 * <pre>
 * try (TomcatServer server = TomcatServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class TomcatServer implements LocalServer {

    private final Tomcat tomcat;
    private final Path wars;
    private final int port;

    private TomcatServer(Tomcat tomcat, Path wars, int port) {
        this.tomcat = tomcat;
        this.wars = wars;
        this.port = port;
    }

    /**
     * Starts Tomcat with its HTTP connector on {@code 127.0.0.1:port}.
     *
     * @param port the HTTP port; it must be free
     */
    public static TomcatServer start(int port) throws IOException, LifecycleException {
        LocalServer.requireFreePort(port);
        Path base = Files.createTempDirectory("session-jwt-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        tomcat.setHostname("127.0.0.1");
        EmbeddedTomcatSetUp.configure(tomcat);
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        Files.createDirectories(base.resolve("webapps"));
        tomcat.getHost().setAppBase(base.resolve("webapps").toString());
        tomcat.getHost().setAutoDeploy(false);
        tomcat.start();
        return new TomcatServer(tomcat, Files.createDirectories(base.resolve("wars")), port);
    }

    @Override
    public int port() {
        return port;
    }

    /**
     * Deploys a WAR at {@code /name}.
     *
     * @throws IllegalStateException if the application does not start (Tomcat's log above says why)
     */
    @Override
    public void deploy(WebArchive war, String name) {
        File file = wars.resolve(name + ".war").toFile();
        war.as(ZipExporter.class).exportTo(file, true);
        Context context = tomcat.addWebapp("/" + name, file.getAbsolutePath());
        if (!context.getState().isAvailable()) {
            tomcat.getHost().removeChild(context);
            throw new IllegalStateException(name + " failed to deploy; Tomcat's SEVERE messages above say why");
        }
    }

    /** Stops Tomcat. */
    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
