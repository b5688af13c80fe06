package dev.sessionjwt.internal.logout;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;

/**
 * The back-channel logout sender against a receiver on 127.0.0.1: the token it posts (checked with jose4j against
 * the public key, claim by claim), retries until a 200, giving up after the last attempt, and the bound on waiting
 * deliveries.
 */
class BackchannelLogoutTest {

    private static final KeyPair PAIR = TestKeys.ec("P-256");
    private static final JwtKey KEY = new JwtKey("k1", "ES256", PAIR.getPrivate(), PAIR.getPublic());
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final BackchannelLogout.Retry FAST = new BackchannelLogout.Retry(3, Duration.ofMillis(10),
            Duration.ofSeconds(5));

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger posts = new AtomicInteger();
    private HttpServer server;
    private URI receiver;
    private BackchannelLogout logout;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/logout", exchange -> {
            posts.incrementAndGet();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            boolean fail = failuresLeft.getAndDecrement() > 0;
            if (!fail) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders()
                        .getFirst("Content-Type") + " " + body);
            }
            exchange.sendResponseHeaders(fail ? 503 : 200, -1);
            exchange.close();
        });
        server.start();
        receiver = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/logout");
    }

    @AfterEach
    void stop() {
        if (logout != null) {
            logout.close();
        }
        server.stop(0);
    }

    private BackchannelLogout sender(int maxPending) {
        logout = new BackchannelLogout(List.of(receiver), KEY, "https://shop.example.com",
                Clock.fixed(NOW, ZoneOffset.UTC), FAST, maxPending);
        return logout;
    }

    @Test
    void theReceiverGetsASignedLogoutTokenNamingTheSessionByItsHash() throws Exception {
        sender(10).ended("session-1");

        String request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request.startsWith("POST application/x-www-form-urlencoded logout_token="), is(true));
        String token = URLDecoder.decode(request.substring(request.indexOf('=') + 1), StandardCharsets.US_ASCII);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256"));
        jws.setCompactSerialization(token);
        jws.setKey(PAIR.getPublic());
        assertThat(jws.verifySignature(), is(true));
        assertThat(jws.getHeader("typ"), is("logout+jwt"));
        assertThat(jws.getKeyIdHeaderValue(), is("k1"));
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertThat(claims.getIssuer(), is("https://shop.example.com"));
        assertThat(claims.getAudience(), is(List.of(receiver.toString())));
        assertThat(claims.getIssuedAt().getValue(), is(NOW.getEpochSecond()));
        assertThat(claims.getExpirationTime().getValue(), is(NOW.getEpochSecond() + 120));
        assertThat(claims.getJwtId().length(), is(22));
        assertThat(claims.getClaimValue("events"), is(Map.of("http://schemas.openid.net/event/backchannel-logout",
                Map.of())));
        assertThat(claims.getClaimValue("sid"), is(EndedSessionsFeed.hash("session-1")));
        assertThat(claims.getClaimsMap().containsValue("session-1"), is(false));
    }

    @Test
    void aFailedDeliveryIsTriedAgainUntilTheReceiverTakesIt() throws Exception {
        failuresLeft.set(2);
        BackchannelLogout sender = sender(10);

        sender.ended("session-1");

        assertThat(received.poll(10, TimeUnit.SECONDS) != null, is(true));
        assertThat(posts.get(), is(3));
        waitUntilNothingPending(sender);
    }

    @Test
    void aDeliveryIsGivenUpAfterTheLastAttempt() throws Exception {
        failuresLeft.set(100);
        BackchannelLogout sender = sender(10);

        sender.ended("session-1");
        waitUntilNothingPending(sender);

        assertThat(posts.get(), is(3));
        assertThat(received.isEmpty(), is(true));
    }

    @Test
    void aReceiverThatIsDownIsGivenUpToo() throws Exception {
        server.stop(0);
        BackchannelLogout sender = sender(10);

        sender.ended("session-1");
        waitUntilNothingPending(sender);

        assertThat(posts.get(), is(0));
    }

    @Test
    void noMoreThanTheBoundWaits() throws Exception {
        failuresLeft.set(100);
        BackchannelLogout sender = new BackchannelLogout(List.of(receiver), KEY, "https://shop.example.com",
                Clock.fixed(NOW, ZoneOffset.UTC), new BackchannelLogout.Retry(2, Duration.ofSeconds(30),
                Duration.ofSeconds(5)), 2);
        logout = sender;

        for (int i = 0; i < 5; i++) {
            sender.ended("session-" + i);
        }

        assertThat(sender.pending(), is(2));
    }

    private static void waitUntilNothingPending(BackchannelLogout sender) throws InterruptedException {
        for (int i = 0; i < 1000 && sender.pending() > 0; i++) {
            Thread.sleep(10);
        }
        assertThat(sender.pending(), is(0));
    }
}
