package dev.sessionjwt.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.view.Html;
import dev.sessionjwt.it.cluster.NodeFiles;
import dev.sessionjwt.it.cluster.NodeSettings;
import dev.sessionjwt.it.cluster.PayaraMicroCluster;

/**
 * The cluster demo ({@code mvn -Pdemo-cluster}): two Payara Micro nodes on 127.0.0.1 serving the distributable demo
 * and its reader, one Hazelcast cluster found through explicit loopback members (no multicast). A browser sends the
 * same cookie to both ports, so a user signs in on one node and finds the same session on the other. Ctrl-C stops
 * both nodes.
 *
 * <pre>
 * try (DemoCluster cluster = DemoCluster.start(DemoCluster.Ports.fromSystemProperties())) {
 *     URI onB = cluster.demoUris().get(1);
 * }
 * </pre>
 */
public final class DemoCluster implements AutoCloseable {

    /** The line printed once both nodes serve the demo; the URLs follow on it. */
    public static final String READY = "Cluster demo ready:";

    /** How long each node may take to serve the demo: about 30 s on an idle 2-core machine, minutes on a busy one. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final PayaraMicroCluster cluster;

    private DemoCluster(PayaraMicroCluster cluster) {
        this.cluster = cluster;
    }

    /**
     * The loopback ports of the two nodes, each a system property with its default.
     *
     * @param httpA      {@code demo.cluster.port.a}, 8080
     * @param httpB      {@code demo.cluster.port.b}, 8081
     * @param hazelcastA {@code demo.cluster.hazelcast.port.a}, 6901
     * @param hazelcastB {@code demo.cluster.hazelcast.port.b}, 6902
     */
    public record Ports(int httpA, int httpB, int hazelcastA, int hazelcastB) {

        /** The ports from the system properties, defaults where absent. */
        public static Ports fromSystemProperties() {
            return new Ports(Integer.getInteger("demo.cluster.port.a", 8080),
                    Integer.getInteger("demo.cluster.port.b", 8081),
                    Integer.getInteger("demo.cluster.hazelcast.port.a", 6901),
                    Integer.getInteger("demo.cluster.hazelcast.port.b", 6902));
        }

        Map<String, Integer> byProperty() {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("demo.cluster.port.a", httpA);
            ports.put("demo.cluster.port.b", httpB);
            ports.put("demo.cluster.hazelcast.port.a", hazelcastA);
            ports.put("demo.cluster.hazelcast.port.b", hazelcastB);
            return ports;
        }
    }

    /** Runs the cluster demo until Ctrl-C; exits 1 with the reason when it cannot start (no node is left running). */
    public static void main(String[] args) {
        DemoCluster demo;
        try {
            demo = start(Ports.fromSystemProperties());
        } catch (RuntimeException | Error e) {
            System.err.println("Cluster demo failed to start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping both nodes...");
            demo.close();
            stopped.countDown();
        }, "demo-cluster-shutdown"));
        LoopbackServer.exitWithParent();
        List<URI> demos = demo.demoUris();
        System.out.println(READY + " " + demos.get(0) + " " + demos.get(1));
        System.out.println("  node-a: " + demos.get(0) + "   (reader: " + demo.cluster.a("reader") + ")");
        System.out.println("  node-b: " + demos.get(1) + "   (reader: " + demo.cluster.b("reader") + ")");
        System.out.println("Sign in on one node and reload the other: the same session. Press Ctrl-C to stop both.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Checks that every port is free, then starts node A and node B and returns when both serve the demo and see
     * each other. Nothing is left running when it throws.
     *
     * @throws IllegalStateException naming the port and its property when one is taken
     */
    public static DemoCluster start(Ports ports) {
        ports.byProperty().forEach(DemoCluster::requireFree);
        List<Path> wars = List.of(export(DemoArchive.distributable()), export(DemoArchive.reader()));
        List<Integer> members = List.of(ports.hazelcastA(), ports.hazelcastB());
        System.out.println("Starting two Payara Micro nodes on 127.0.0.1 (about a minute, longer on a busy machine);"
                + " logs in "
                + NodeFiles.directory());
        return new DemoCluster(PayaraMicroCluster.startNodes(List.of(
                new NodeSettings("demo-node-a", wars, ports.httpA(), ports.hazelcastA(), members,
                        Map.of(Html.NODE_PROPERTY, "node-a")),
                new NodeSettings("demo-node-b", wars, ports.httpB(), ports.hazelcastB(), members,
                        Map.of(Html.NODE_PROPERTY, "node-b"))), "./", START_TIMEOUT));
    }

    /** The demo's URL on node A and on node B. */
    public List<URI> demoUris() {
        return List.of(cluster.a(), cluster.b());
    }

    /** Stops both nodes. */
    @Override
    public void close() {
        cluster.close();
    }

    private static void requireFree(String property, int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is already in use (" + property
                    + "); stop what uses it or choose another port with -D" + property + "=...", e);
        }
    }

    private static Path export(WebArchive war) {
        Path file = NodeFiles.directory().resolve("demo-cluster").resolve(war.getName());
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
