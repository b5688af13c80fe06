package dev.sessionjwt.internal.token.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jose4j.json.JsonUtil;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.internal.token.MutableClock;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * The follower's schedule (poll interval, max-age, the one-second floor), the URL it asks ({@code since}), and the
 * memory bounds: a feed with more entries, or a larger body, than its limits is a failed fetch.
 */
class EndedSessionsFollowerTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicReference<String> body = new AtomicReference<>();
    private HttpServer server;
    private URI location;
    private JwtKey key;

    @BeforeEach
    void start() throws Exception {
        key = TestKeys.es256(TestKeys.ec("P-256"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ended", exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            } catch (IOException e) {
                // the reader hung up on a body it does not want
            }
        });
        server.start();
        location = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/ended");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String signed(int entries) throws Exception {
        List<EndedSessionsFeed.Entry> ended = new ArrayList<>();
        for (int i = 0; i < entries; i++) {
            ended.add(new EndedSessionsFeed.Entry(EndedSessionsFeed.hash("S" + i), NOW.getEpochSecond() + 3600));
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(new EndedSessionsFeed(Optional.empty(), NOW.getEpochSecond(), 0,
                new EndedSessionsFeed.Cursor("i", 1), true, ended).claims()));
        jws.setAlgorithmHeaderValue("ES256");
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", EndedSessionsFeed.TYPE);
        jws.setKey(key.signingKey());
        return jws.getCompactSerialization();
    }

    private EndedSessionsFollower follower(EndedSessionsFollower.Limits limits) {
        return new EndedSessionsFollower(location, new EndedSessionsFeedVerifier(() -> JwtKeyRing.of(key), () -> { },
                Optional.empty()), new EndedSessionsFollower.Timing(Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(10), Duration.ofSeconds(30)), limits, clock);
    }

    private static Verification valid(String sessionId) {
        return new Verification.Valid(new SessionToken("t", sessionId, NOW, NOW.plusSeconds(600), "j", Map.of()));
    }

    @Test
    void theNextAttemptIsThePollIntervalOrASoonerMaxAgeButNeverSoonerThanASecond() {
        EndedSessionsFollower.Timing timing = new EndedSessionsFollower.Timing(Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofSeconds(2), Duration.ZERO);

        assertThat(timing.nextAttemptAfter(Optional.empty()), is(Duration.ofSeconds(10)));
        assertThat(timing.nextAttemptAfter(Optional.of(Duration.ofSeconds(300))), is(Duration.ofSeconds(10)));
        assertThat(timing.nextAttemptAfter(Optional.of(Duration.ofSeconds(3))), is(Duration.ofSeconds(3)));
        assertThat(timing.nextAttemptAfter(Optional.of(Duration.ZERO)), is(Duration.ofSeconds(1)));
    }

    @Test
    void afterAFirstReadTheCursorIsAskedForAsSince() {
        EndedSessionsFeed.Cursor cursor = new EndedSessionsFeed.Cursor("k3Jf9aQx", 1042);

        assertThat(EndedSessionsFollower.since(URI.create("https://shop.example.com/ended"), Optional.empty()),
                is(URI.create("https://shop.example.com/ended")));
        assertThat(EndedSessionsFollower.since(URI.create("https://shop.example.com/ended"), Optional.of(cursor)),
                is(URI.create("https://shop.example.com/ended?since=k3Jf9aQx.1042")));
        assertThat(EndedSessionsFollower.since(URI.create("https://shop.example.com/ended?app=a#x"),
                Optional.of(cursor)), is(URI.create("https://shop.example.com/ended?app=a&since=k3Jf9aQx.1042")));
    }

    @Test
    void aFeedWithinItsLimitsIsTaken() throws Exception {
        body.set(signed(3));

        Verification result = follower(new EndedSessionsFollower.Limits(3, 1024)).screen(valid("S2"));

        assertThat(((Verification.Rejected) result).reason(), is(TokenRejection.SESSION_ENDED));
    }

    @Test
    void aFeedWithMoreEntriesThanTheLimitIsAFailedFetch() throws Exception {
        body.set(signed(3));

        Verification result = follower(new EndedSessionsFollower.Limits(2, 1024)).screen(valid("S2"));

        assertThat(((Verification.Rejected) result).reason(), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
        assertThat(((Verification.Rejected) result).detail(), containsString("the feed was refused: the feed would"
                + " make the reader hold 3 ended sessions, more than its limit of 2"));
    }

    @Test
    void aBodyLargerThanTheLimitIsAFailedFetch() throws Exception {
        String feed = signed(3);
        body.set(feed);

        Verification result = follower(new EndedSessionsFollower.Limits(3, feed.length() - 1)).screen(valid("S2"));

        assertThat(((Verification.Rejected) result).reason(), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
        assertThat(((Verification.Rejected) result).detail(), containsString("the last fetch: fetch failed"));
    }

    @Test
    void aRejectedVerificationPassesThroughUnchecked() {
        Verification.Rejected bad = new Verification.Rejected(TokenRejection.BAD_SIGNATURE, "signature");

        assertThat(follower(EndedSessionsFollower.Limits.DEFAULT).screen(bad), is(bad));
    }
}
