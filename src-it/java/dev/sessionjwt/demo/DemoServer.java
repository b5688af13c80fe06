package dev.sessionjwt.demo;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.util.concurrent.CountDownLatch;

import org.glassfish.embeddable.BootstrapProperties;
import org.glassfish.embeddable.GlassFish;
import org.glassfish.embeddable.GlassFishProperties;
import org.glassfish.embeddable.GlassFishRuntime;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/** Runs the demo on embedded Payara at http://127.0.0.1:{demo.port}/demo/ until Ctrl-C ({@code mvn -Pdemo}). */
public final class DemoServer {

    private DemoServer() {
    }

    /** Runs the demo; on any failure prints it and exits 1 (the server's threads would keep the JVM alive). */
    public static void main(String[] args) {
        try {
            run(Integer.getInteger("demo.port", 8080));
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Boots the server with the loopback-only domain.xml, deploys {@link DemoArchive} at /demo and waits. */
    private static void run(int port) throws Exception {
        requireFreeLoopbackPort(port);

        URL domainXml = DemoServer.class.getResource("/payara/domain.xml");
        if (domainXml == null) {
            throw new IllegalStateException("payara/domain.xml is not on the class path");
        }
        GlassFishProperties properties = new GlassFishProperties();
        properties.setConfigFileURI(domainXml.toURI().toString());
        properties.setConfigFileReadOnly(true);
        properties.setPort("http-listener", port);
        // the admin listener (127.0.0.1:4848 in domain.xml) moves to a free port, so the demo and the ITs can both run
        properties.setPort("admin-listener", freeLoopbackPort());

        GlassFishRuntime runtime = GlassFishRuntime.bootstrap(new BootstrapProperties());
        GlassFish glassfish = runtime.newGlassFish(properties);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(runtime, glassfish, stopped), "demo-shutdown"));
        exitWithParent();

        glassfish.start();
        File war = File.createTempFile("demo", ".war");
        war.deleteOnExit();
        DemoArchive.create().as(ZipExporter.class).exportTo(war, true);
        // Payara's embedded deployer returns null instead of throwing when the deployment fails
        if (glassfish.getDeployer().deploy(war.toURI(), "--name", "demo", "--contextroot", "demo") == null) {
            throw new IllegalStateException("The demo failed to deploy; the server's SEVERE messages above say why");
        }

        System.out.println("Demo ready at http://127.0.0.1:" + port + "/demo/");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    /** Fails fast, before the slow boot, when the port is taken (Payara would only log the bind failure). */
    private static void requireFreeLoopbackPort(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IOException("Port " + port + " on 127.0.0.1 is in use; choose another with -Ddemo.port=", e);
        }
    }

    /** A currently free port on 127.0.0.1. */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Ends this JVM when the launching Maven process goes away (exec:exec does not kill its child on SIGTERM). */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    private static void stop(GlassFishRuntime runtime, GlassFish glassfish, CountDownLatch stopped) {
        try {
            glassfish.dispose();
            runtime.shutdown();
        } catch (Exception e) {
            System.err.println("Demo shutdown: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
