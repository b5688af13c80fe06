package dev.sessionjwt.it.cluster;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Two Payara Micro nodes, A and B, serving the same WAR and forming one Hazelcast cluster on loopback, so a
 * {@code <distributable/>} WAR's sessions replicate between them. Starts them one after the other, which on 2 cores
 * is a little faster than both at once (about 22 s against 24-27 s).
 *
 * <pre>
 * LoopbackOnlyNetwork.require();
 * try (PayaraMicroCluster cluster = PayaraMicroCluster.start(war, "ready.txt")) {
 *     URI onA = cluster.a().resolve("counter");
 * }
 * </pre>
 */
public final class PayaraMicroCluster implements AutoCloseable {

    /** The node log line Payara prints once a member sees both (its "Data Grid Status"). */
    static final String TWO_MEMBERS = "DG Size: 2";

    private static final List<Integer> HAZELCAST_PORTS = List.of(6901, 6902);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(60);

    private final PayaraMicroNode a;
    private final PayaraMicroNode b;

    private PayaraMicroCluster(PayaraMicroNode a, PayaraMicroNode b) {
        this.a = a;
        this.b = b;
    }

    /**
     * Starts nodes "node-a" (HTTP 8081) and "node-b" (HTTP 8082) with {@code war}, and returns when both answer
     * 200 on {@code readyPath} (relative to the application) and both see a two-member cluster.
     */
    public static PayaraMicroCluster start(Path war, String readyPath) {
        return start(List.of(war), readyPath);
    }

    /**
     * Like {@link #start(Path, String)} with several WARs on each node, every one of which must answer 200 on
     * {@code readyPath}; {@link #a()} and {@link #b()} are the first one's base URLs.
     */
    public static PayaraMicroCluster start(List<Path> wars, String readyPath) {
        return startNodes(List.of(new NodeSettings("node-a", wars, 8081, HAZELCAST_PORTS.get(0),
                HAZELCAST_PORTS), new NodeSettings("node-b", wars, 8082, HAZELCAST_PORTS.get(1), HAZELCAST_PORTS)),
                readyPath, PayaraMicroNode.START_TIMEOUT);
    }

    /**
     * Starts two nodes as given (A first), each of which must answer 200 on {@code readyPath} in every one of its
     * WARs, and returns when both see a two-member cluster. Stops what it started when anything fails.
     *
     * @param nodes   exactly two nodes whose member ports name each other; not null
     * @param timeout how long each node may take to serve its WARs; not null
     */
    public static PayaraMicroCluster startNodes(List<NodeSettings> nodes, String readyPath, Duration timeout) {
        if (nodes.size() != 2) {
            throw new IllegalArgumentException("a cluster here has two nodes, got " + nodes.size());
        }
        PayaraMicroNode a = startNode(nodes.get(0), readyPath, timeout);
        PayaraMicroNode b;
        try {
            b = startNode(nodes.get(1), readyPath, timeout);
        } catch (RuntimeException | Error e) {
            a.close();
            throw e;
        }
        PayaraMicroCluster cluster = new PayaraMicroCluster(a, b);
        try {
            awaitMembers(a);
            awaitMembers(b);
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Base URL of the application on node A. */
    public URI a() {
        return a.baseUri();
    }

    /** Base URL of the application on node B. */
    public URI b() {
        return b.baseUri();
    }

    /** Base URL of the application at {@code contextRoot} on node A. */
    public URI a(String contextRoot) {
        return a.baseUri(contextRoot);
    }

    /** Base URL of the application at {@code contextRoot} on node B. */
    public URI b(String contextRoot) {
        return b.baseUri(contextRoot);
    }

    /** Both nodes, A first. */
    public List<PayaraMicroNode> nodes() {
        return List.of(a, b);
    }

    /** Stops both nodes. */
    @Override
    public void close() {
        try {
            b.close();
        } finally {
            a.close();
        }
    }

    private static PayaraMicroNode startNode(NodeSettings settings, String readyPath, Duration timeout) {
        PayaraMicroNode node = PayaraMicroNode.start(settings);
        try {
            for (Path war : settings.wars()) {
                node.awaitReady(NodeSettings.contextRoot(war), readyPath, timeout);
            }
            return node;
        } catch (RuntimeException | Error e) {
            node.close();
            throw e;
        }
    }

    private static void awaitMembers(PayaraMicroNode node) {
        long deadline = System.nanoTime() + JOIN_TIMEOUT.toNanos();
        while (!node.log().contains(TWO_MEMBERS)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node.describe("did not log '" + TWO_MEMBERS + "' within " + JOIN_TIMEOUT));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }
}
