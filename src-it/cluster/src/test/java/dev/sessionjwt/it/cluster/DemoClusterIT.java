package dev.sessionjwt.it.cluster;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoCluster;
import dev.sessionjwt.it.LaunchedProcess;

/**
 * {@code mvn -Pdemo-cluster} as a user runs it: the real entry point ({@link DemoCluster#main}) in a JVM of its own,
 * here inside the loopback-only namespace. Both nodes come up on 127.0.0.1 only, a sign-in on one node is the same
 * session on the other, SIGTERM (what Ctrl-C sends, through the same shutdown hook) stops both nodes, and a taken
 * port stops it before any node starts.
 */
class DemoClusterIT {

    private static final DemoCluster.Ports PORTS = new DemoCluster.Ports(8080, 8081, 6901, 6902);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(13);

    @Test
    void bothNodesServeOneSessionOnLoopbackOnlyAndStopTogether() throws Exception {
        LoopbackOnlyNetwork.require();
        try (LaunchedProcess demo = DemoClusterProcess.start(PORTS)) {
            String ready = demo.awaitLine(line -> line.contains(DemoCluster.READY), DemoCluster.READY, START_TIMEOUT);
            URI a = URI.create("http://127.0.0.1:8080/demo/");
            URI b = URI.create("http://127.0.0.1:8081/demo/");
            assertThat(ready, containsString(a + " " + b));
            assertThat("nothing listens beyond loopback", ListeningSockets.nonLoopback(), is(empty()));
            List<ProcessHandle> nodes = DemoClusterProcess.nodes();
            assertThat("two Payara Micro nodes", nodes, hasSize(2));

            SharedCookieClient browser = new SharedCookieClient();
            assertThat(ok(browser.post(a, "api/login", "username=alice&password=alice-password")),
                    containsString("\"sub\":\"alice\""));
            ok(browser.post(a, "api/counter", ""));
            ok(browser.post(b, "api/counter", ""));

            assertThat("node B knows who signed in on A", ok(browser.get(b, "api/me")), containsString("\"alice\""));
            String pageOnB = ok(browser.get(b, ""));
            assertThat(pageOnB, containsString("served by node-b \u00b7 127.0.0.1:8081"));
            assertThat(pageOnB, containsString("<span id=\"caller\">alice</span>"));
            assertThat("both increments", pageOnB, containsString("<span id=\"counter\">2</span>"));
            String pageOnA = ok(browser.get(a, ""));
            assertThat(pageOnA, containsString("served by node-a \u00b7 127.0.0.1:8080"));
            assertThat(pageOnA, containsString("<span id=\"counter\">2</span>"));
            assertThat("the reader on B", ok(browser.get(URI.create("http://127.0.0.1:8081/reader/"), "")),
                    containsString("<span id=\"who\">alice</span>"));

            demo.stop(Duration.ofMinutes(2));
            for (ProcessHandle node : nodes) {
                assertThat("stopped: node " + node.pid(), node.isAlive(), is(false));
            }
            assertThat(DemoClusterProcess.nodes(), is(empty()));
            assertThat(listening(8080), is(false));
            assertThat(listening(8081), is(false));
        }
    }

    @Test
    void aTakenPortFailsNamingItAndStartsNoNode() throws Exception {
        LoopbackOnlyNetwork.require();
        try (ServerSocket taken = new ServerSocket(PORTS.httpB(), 1, InetAddress.getLoopbackAddress());
             LaunchedProcess demo = DemoClusterProcess.start(PORTS)) {
            int exit = demo.awaitExit(Duration.ofMinutes(2));

            assertThat(exit, is(not(0)));
            assertThat(demo.output(), containsString("port 8081 on 127.0.0.1 is already in use (demo.cluster.port.b)"));
            assertThat("no node was started", DemoClusterProcess.nodes(), is(empty()));
            assertThat(listening(PORTS.httpA()), is(false));
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.uri() + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode(), is(200));
        return response.body();
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
