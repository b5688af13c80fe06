package dev.sessionjwt.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.cluster.app.CounterServlet;

/**
 * The baseline the cluster tests build on, without the library: Payara Micro's own session replication between two
 * nodes with its own cookies (JSESSIONID and the session version, JSESSIONIDVERSION), on a loopback-only network.
 */
class ClusterHarnessIT {

    private static final String SESSION = "JSESSIONID";
    private static final String VERSION = "JSESSIONIDVERSION";
    /** Payara's version cookie: the hex of the context path, ':', the session's version (0 when created). */
    private static final String VERSION_PREFIX = HexFormat.of().formatHex("/counter".getBytes(StandardCharsets.UTF_8))
            + ":";

    private static PayaraMicroCluster cluster;

    @BeforeAll
    static void startCluster() {
        LoopbackOnlyNetwork.require();
        long start = System.nanoTime();
        cluster = PayaraMicroCluster.start(counterWar(), "ready.txt");
        System.out.printf("Payara Micro cluster up in %d ms%n", Duration.ofNanos(System.nanoTime() - start).toMillis());
        for (PayaraMicroNode node : cluster.nodes()) {
            System.out.printf("  %s: serving after %d ms, RSS %d MiB%n", node.settings().name(),
                    node.startupTime().toMillis(), node.residentMemoryMib());
        }
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void counterContinuesAcrossNodes() {
        SharedCookieClient cookies = new SharedCookieClient();
        String sessionId = null;
        for (int i = 1; i <= 20; i++) {
            URI node = i % 2 == 1 ? cluster.a() : cluster.b();
            HttpResponse<String> result = cookies.get(node, "counter");
            String where = "request " + i + " on " + node;
            assertEquals(200, result.statusCode(), where);
            assertEquals(Integer.toString(i), result.body(), where);
            // JSESSIONID only when the session is created (no HttpOnly, Secure or SameSite), the version on every
            // response, counted from 0
            assertEquals(i == 1 ? List.of(SESSION + "=" + cookies.cookie(SESSION) + "; Path=/counter") : List.of(),
                    setCookies(cookies, SESSION), where);
            assertEquals(List.of(VERSION + "=" + VERSION_PREFIX + (i - 1) + "; Path=/counter"),
                    setCookies(cookies, VERSION), where);
            sessionId = sessionId == null ? cookies.cookie(SESSION) : sessionId;
            assertEquals(sessionId, cookies.cookie(SESSION), where);
        }
        assertNotNull(sessionId);
    }

    /**
     * Surprising, and what a token that carries the version must respect: a node serves its cached copy of a
     * session when the client's version equals that copy's, even though another node has moved the session on.
     * The updates made meanwhile are lost for that request.
     */
    @Test
    void staleVersionCookieMakesANodeServeItsOwnOldCopy() {
        SharedCookieClient cookies = new SharedCookieClient();
        assertEquals("1", counter(cluster.a(), cookies));
        assertEquals("2", counter(cluster.b(), cookies));
        String versionAfterB = cookies.cookie(VERSION);
        assertEquals("3", counter(cluster.a(), cookies));
        assertEquals("4", counter(cluster.a(), cookies));

        cookies.setCookie(VERSION, versionAfterB);
        assertEquals("3", counter(cluster.b(), cookies), "B's own copy (count 2), not the session's count 4");
    }

    /**
     * Why the library retires invalidated ids cluster-wide: Payara's replication does not reach other nodes' local
     * copies, so after a logout on A the cookies from before it still reach B's copy, with Payara's own cookies.
     */
    @Test
    void afterALogoutOnANodeTheOldCookiesStillReachAnotherNodesCopy() {
        SharedCookieClient cookies = new SharedCookieClient();
        assertEquals("1", counter(cluster.a(), cookies));
        assertEquals("2", counter(cluster.b(), cookies));
        Map<String, String> beforeLogout = cookies.cookies();
        assertEquals("invalidated", counter(cluster.a(), "counter?invalidate", cookies));

        SharedCookieClient replay = new SharedCookieClient();
        beforeLogout.forEach(replay::setCookie);
        assertEquals("3", counter(cluster.b(), replay), "B's copy (count 2) outlives the logout on A");
    }

    /**
     * Why the library retires replaced ids cluster-wide: after {@code changeSessionId()} on B, A still resolves the
     * old id to its own old copy, with Payara's own cookies.
     */
    @Test
    void afterChangeSessionIdOnANodeTheOldIdStillReachesAnotherNodesCopy() {
        SharedCookieClient cookies = new SharedCookieClient();
        assertEquals("1", counter(cluster.a(), cookies));
        assertEquals("2", counter(cluster.b(), cookies));
        assertEquals("3", counter(cluster.a(), cookies));
        Map<String, String> beforeRotation = cookies.cookies();
        assertEquals("4", counter(cluster.b(), "counter?rotate", cookies));
        assertNotEquals(beforeRotation.get(SESSION), cookies.cookie(SESSION));

        SharedCookieClient replay = new SharedCookieClient();
        beforeRotation.forEach(replay::setCookie);
        assertEquals("4", counter(cluster.a(), replay), "A's old copy (count 3) under the old id");
    }

    @Test
    void nothingListensBeyondLoopback() {
        // the namespace has only lo anyway; this proves the nodes' configuration binds to 127.0.0.1 by itself
        assertEquals(List.of(), ListeningSockets.nonLoopback());
    }

    /** counter.war: {@link CounterServlet} at /counter, a static ready.txt for the readiness probe, distributable. */
    private static Path counterWar() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "counter.war")
                .addClass(CounterServlet.class)
                .addAsWebResource(new StringAsset("ready"), "ready.txt")
                .setWebXML(new StringAsset("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                            <distributable/>
                        </web-app>
                        """));
        Path file = NodeFiles.directory().resolve(war.getName());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    /** GET /counter on {@code node} with the client's cookies, which take the response's; returns the body. */
    private static String counter(URI node, SharedCookieClient cookies) {
        return counter(node, "counter", cookies);
    }

    private static String counter(URI node, String path, SharedCookieClient cookies) {
        HttpResponse<String> result = cookies.get(node, path);
        assertEquals(200, result.statusCode(), node.toString());
        return result.body();
    }

    /** The Set-Cookie headers of the client's last answer for cookie {@code name}. */
    private static List<String> setCookies(SharedCookieClient cookies, String name) {
        return cookies.lastSetCookies().stream().filter(header -> header.startsWith(name + "=")).toList();
    }
}
