package dev.sessionjwt.it.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoServer;
import dev.sessionjwt.it.LaunchedProcess;
import dev.sessionjwt.it.ServerUnderTest;
import dev.sessionjwt.it.cluster.SharedCookieClient;

/**
 * {@code mvn -Pdemo -Ddemo.server=<server>} as a user runs it, once per server ({@code invoker.properties}: embedded
 * Payara, GlassFish, Tomcat 10.1 and 11.0 in this JVM's child; WildFly 37, Open Liberty, Payara Micro 7 and WildFly
 * Preview 39, child processes of the demo):
 * the real entry point ({@link DemoServer#main}) in a JVM of its own with the demo profile's arguments and class path
 * ({@link DemoServerProcess}), on this test's JDK (for an EE 11 server, the JDK 21+ of the toolchain execution
 * {@code ee11-jdk}). It prints its ready line, the demo's API names the server, the page header names it and that JDK
 * (where the project's profile gives {@code demo.server.label}, exactly that product and version),
 * the federated reader deploys and reads the demo's cookie, and SIGTERM (what Ctrl-C sends) stops it and frees its
 * port. The other ITs deploy the demo through Arquillian, which never ran the launcher.
 */
class DemoLauncherIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern SERVER = Pattern.compile("\"server\":\"([^\"]*)\"");
    private static final Pattern HEADER_SERVER = Pattern.compile("<code id=\"server\">([^<]*)</code>");

    @Test
    void theDocumentedCommandServesTheDemoAndItsReaderThenFreesItsPort() throws Exception {
        int port = DemoServerProcess.freeLoopbackPort();
        URI demoUrl = URI.create("http://127.0.0.1:" + port + "/demo/");
        try (LaunchedProcess demo = DemoServerProcess.start(port)) {
            String ready = demo.awaitLine(line -> line.startsWith(DemoServer.READY), DemoServer.READY, START_TIMEOUT);
            assertThat(ready, is(DemoServer.READY + demoUrl));

            SharedCookieClient browser = new SharedCookieClient();
            Matcher server = SERVER.matcher(ok(browser.get(demoUrl, "api/session")));
            assertThat("the API names the server", server.find(), is(true));
            assertThat(server.group(1), containsString(ServerUnderTest.current().serverInfoMarker()));
            Matcher header = HEADER_SERVER.matcher(ok(browser.get(demoUrl, "")));
            assertThat("the page header names the server", header.find(), is(true));
            String product = Pattern.quote(ServerUnderTest.current().productName());
            assertThat("readably, with its version and Java's", header.group(1),
                    matchesPattern(".*" + product + ".*\\d+\\.\\d+.* on Java \\d+"));
            assertThat(header.group(1), not(containsString(" 0.0.0")));
            assertThat("the demo runs on this test's JDK", header.group(1),
                    endsWith(" on Java " + Runtime.version().feature()));
            String label = System.getProperty("demo.server.label", "");
            if (!label.isBlank() && !label.contains("${")) {
                // the product and this build's version of the server (demo.server.label in the demo's pom.xml), as
                // measured: getServerInfo() (the API's server) is "Payara Micro 7.2026.11" on Payara Micro 7 and
                // "WildFly Preview 39.0.1.Final (WildFly Core 31.0.3.Final) - 2.4.0.Alpha1" on WildFly Preview 39 (on
                // WildFly 37 "WildFly 37.0.1.Final (WildFly Core 29.0.1.Final) - 2.3.18.Final"); the header drops
                // WildFly Core's and Undertow's versions
                assertThat(header.group(1), is(label + " on Java " + Runtime.version().feature()));
                assertThat("the API's server starts with the same product and version", server.group(1),
                        startsWith(label));
            }

            URI reader = URI.create("http://127.0.0.1:" + port + "/reader/");
            assertThat("a valid cookie without a user", ok(browser.get(reader, "")),
                    containsString("id=\"who\">Anonymous<"));
            assertThat(ok(browser.post(demoUrl, "api/login", "username=alice&password=alice-password")),
                    containsString("\"sub\":\"alice\""));
            assertThat("the reader verifies the demo's cookie with its published keys", ok(browser.get(reader, "")),
                    containsString("<span id=\"who\">alice</span>"));

            demo.stop(Duration.ofMinutes(2));
            assertThat("port " + port + " free after the demo stopped:\n" + demo.output(), bindable(port), is(true));
        }
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.uri() + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode(), is(200));
        return response.body();
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
