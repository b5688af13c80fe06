package dev.sessionjwt.it.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoServer;
import dev.sessionjwt.it.LaunchedProcess;
import dev.sessionjwt.it.cluster.SharedCookieClient;
import dev.sessionjwt.it.demo.ForeignReader.Verdict;

/**
 * The readers outside the JVM that readers.md shows ({@code src-it/readers}: {@code reader.py} with Debian's PyJWT,
 * {@code reader.mjs} with the npm package jose), run as processes against the real demo, started as
 * {@link DemoLauncherIT} starts it. Each is given only the discovery document's URL: a live token is valid, its claims
 * by long name; after the demo's logout the same token is "ended" (the ended-sessions feed); a tampered token, and a
 * plain-http URL to a host name, are "invalid". The demo project's {@code pom.xml} runs it in the embedded Payara
 * invocation only: the readers see nothing but HTTP, so on another server it would repeat itself.
 */
class ForeignReadersIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    /** The demo's cookie (the discovery document's {@code cookie_name}). */
    private static final String COOKIE = "JSESSIONID";

    private static List<ForeignReader> readers;
    private static LaunchedProcess demo;
    private static URI demoUrl;
    private static URI discovery;

    @BeforeAll
    static void startTheDemoWithBothReadersReady() throws Exception {
        // first, so that a missing Python package or Node.js fails at once, saying what to install
        readers = List.of(ForeignReader.python(), ForeignReader.node());
        int port = DemoServerProcess.freeLoopbackPort();
        demoUrl = URI.create("http://127.0.0.1:" + port + "/demo/");
        discovery = demoUrl.resolve(".well-known/session-jwt");
        demo = DemoServerProcess.start(port);
        demo.awaitLine(line -> line.startsWith(DemoServer.READY), DemoServer.READY, START_TIMEOUT);
    }

    @AfterAll
    static void stopTheDemo() throws InterruptedException {
        if (demo != null) {
            try {
                demo.stop(Duration.ofMinutes(2));
            } finally {
                demo.close();
            }
        }
    }

    @Test
    void aLiveTokenIsValidWithItsClaimsByLongName() {
        String token = signIn(new SharedCookieClient());

        for (ForeignReader reader : readers) {
            for (Verdict verdict : List.of(reader.read(discovery, token), reader.readStandardInput(discovery, token))) {
                assertThat(verdict.toString(), verdict.exit(), is(0));
                assertThat(verdict.output(), matchesPattern("valid \\{.*\\}\n"));
                assertThat(verdict.output(), matchesPattern("(?s).*\"email\": ?\"alice@example\\.org\".*"));
                assertThat(verdict.output(), matchesPattern("(?s).*\"display_name\": ?\"Alice Example\".*"));
                assertThat("no short name is left", verdict.output(), not(containsString("\"e\":")));
            }
        }
    }

    @Test
    void theSameTokenIsEndedOnceTheDemoLoggedOut() {
        SharedCookieClient browser = new SharedCookieClient();
        String token = signIn(browser);
        for (ForeignReader reader : readers) {
            Verdict live = reader.read(discovery, token);
            assertThat(live.toString(), live.exit(), is(0));
        }

        ok(browser.post(demoUrl, "api/logout", ""));
        assertThat("the logout deleted the cookie", browser.cookie(COOKIE), is(nullValue()));

        for (ForeignReader reader : readers) {
            Verdict ended = reader.read(discovery, token);
            assertThat(ended.toString(), ended.exit(), is(1));
            assertThat(ended.output(), is("ended\n"));
        }
    }

    @Test
    void aTamperedTokenIsInvalid() {
        String[] parts = signIn(new SharedCookieClient()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload, containsString("\"alice@example.org\""));
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"alice@", "\"mallory@").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        for (ForeignReader reader : readers) {
            Verdict verdict = reader.read(discovery, forged);
            assertThat(verdict.toString(), verdict.exit(), is(2));
            assertThat(verdict.output(), startsWith("invalid "));
            assertThat(verdict.output(), containsStringIgnoringCase("signature verification failed"));
        }
    }

    @Test
    void plainHttpToAHostNameIsRefused() {
        String token = signIn(new SharedCookieClient());
        URI byName = URI.create("http://localhost:" + demoUrl.getPort() + discovery.getPath());

        for (ForeignReader reader : readers) {
            Verdict verdict = reader.read(byName, token);
            assertThat(verdict.toString(), verdict.exit(), is(2));
            assertThat(verdict.output(), startsWith("invalid "));
            assertThat(verdict.output(), containsString("refusing " + byName));
        }
    }

    /** Signs alice in through the demo's API and returns the token of her cookie. */
    private static String signIn(SharedCookieClient browser) {
        assertThat(ok(browser.post(demoUrl, "api/login", "username=alice&password=alice-password")),
                containsString("\"sub\":\"alice\""));
        String token = browser.cookie(COOKIE);
        assertThat("the login set " + COOKIE + ": " + browser.lastSetCookies(), token, is(not(nullValue())));
        return token;
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.uri() + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode(), is(200));
        return response.body();
    }
}
