package dev.sessionjwt.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
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

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

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
        SessionCookies cookies = new SessionCookies();
        String sessionId = null;
        for (int i = 1; i <= 20; i++) {
            URI node = i % 2 == 1 ? cluster.a() : cluster.b();
            HttpResult result = get(node.resolve("counter"), cookies);
            cookies.update(result.setCookies());
            String where = "request " + i + " on " + node;
            assertEquals(200, result.status(), where);
            assertEquals(Integer.toString(i), result.body(), where);
            // JSESSIONID only when the session is created (no HttpOnly, Secure or SameSite), the version on every
            // response, counted from 0
            assertEquals(i == 1 ? List.of(SESSION + "=" + cookies.get(SESSION) + "; Path=/counter") : List.of(),
                    result.setCookies(SESSION), where);
            assertEquals(List.of(VERSION + "=" + VERSION_PREFIX + (i - 1) + "; Path=/counter"),
                    result.setCookies(VERSION), where);
            sessionId = sessionId == null ? cookies.get(SESSION) : sessionId;
            assertEquals(sessionId, cookies.get(SESSION), where);
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
        SessionCookies cookies = new SessionCookies();
        assertEquals("1", counter(cluster.a(), cookies));
        assertEquals("2", counter(cluster.b(), cookies));
        String versionAfterB = cookies.get(VERSION);
        assertEquals("3", counter(cluster.a(), cookies));
        assertEquals("4", counter(cluster.a(), cookies));

        cookies.update(List.of(VERSION + "=" + versionAfterB));
        assertEquals("3", counter(cluster.b(), cookies), "B's own copy (count 2), not the session's count 4");
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

    /** GET /counter on {@code node} with {@code cookies}, which take the response's cookies; returns the body. */
    private static String counter(URI node, SessionCookies cookies) {
        HttpResult result = get(node.resolve("counter"), cookies);
        assertEquals(200, result.status(), node.toString());
        cookies.update(result.setCookies());
        return result.body();
    }

    private static HttpResult get(URI uri, SessionCookies cookies) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (!cookies.header().isEmpty()) {
            request.header("Cookie", cookies.header());
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
