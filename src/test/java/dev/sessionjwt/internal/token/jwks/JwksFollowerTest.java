package dev.sessionjwt.internal.token.jwks;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.claims.InvalidSessionTokenException;
import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.MutableClock;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import dev.sessionjwt.internal.token.TokenIssuer;

/**
 * A reader that follows a JWK set served by a loopback HTTP server in the test: rotation, Cache-Control, unknown
 * kids, and an endpoint that fails in every way while the last good keys stay in use.
 */
class JwksFollowerTest {

    private static final Duration LIFETIME = Duration.ofHours(12);

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<Response> response = new AtomicReference<>();
    private final AtomicReference<Stall> stall = new AtomicReference<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
    private URI location;

    /** What the endpoint answers next. */
    private record Response(int status, String contentType, String body, String cacheControl, long delayMillis) {
        static Response jwks(JwtKey... keys) {
            return new Response(200, "application/jwk-set+json", JwksDocument.of(new JwtKeyRing(keys[0],
                    List.of(keys).subList(1, keys.length))), "public, max-age=300", 0);
        }
    }

    /**
     * Holds the next fetch: it says when it has started, answers only once released (or after 60 s), and says when it
     * has stopped holding.
     */
    private record Stall(CountDownLatch started, CountDownLatch release, CountDownLatch answering) {
        static Stall next() {
            return new Stall(new CountDownLatch(1), new CountDownLatch(1), new CountDownLatch(1));
        }

        void hold() {
            started.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                answering.countDown();
            }
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/jwks.json", exchange -> {
            fetches.incrementAndGet();
            Stall held = stall.getAndSet(null);
            if (held != null) {
                held.hold();
            }
            Response r = response.get();
            try {
                Thread.sleep(r.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", r.contentType());
            if (r.cacheControl() != null) {
                exchange.getResponseHeaders().add("Cache-Control", r.cacheControl());
            }
            exchange.sendResponseHeaders(r.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException e) {
                // the reader hung up on a body it does not want
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        location = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static JwtKey ecKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        var pair = generator.generateKeyPair();
        return new JwtKey(JwtKey.thumbprint(pair.getPublic()), "ES256", pair.getPrivate(), pair.getPublic());
    }

    private String token(JwtKey key) {
        return new TokenIssuer(key, "sk", LIFETIME, clock).issue("S-" + key.keyId().substring(0, 6), Map.of())
                .compact();
    }

    private SessionJwtReader reader() {
        return SessionJwtReader.builder().jwks(location).clock(clock).jwksTimeout(Duration.ofMillis(500))
                .jwksMinRefreshInterval(Duration.ofSeconds(10)).jwksMaxBytes(64 * 1024).build();
    }

    private static TokenRejection rejection(SessionJwtReader reader, String token) {
        try {
            reader.read(token);
            throw new AssertionError("accepted");
        } catch (InvalidSessionTokenException e) {
            return e.reason();
        }
    }

    @Test
    void aRotationIsFollowedBecauseAnUnknownKidFetchesTheSetAgain() throws Exception {
        JwtKey first = ecKey();
        JwtKey second = ecKey();
        response.set(Response.jwks(first));
        SessionJwtReader reader = reader();
        assertThat(reader.read(token(first)).get("sk"), is("S-" + first.keyId().substring(0, 6)));

        response.set(Response.jwks(second, first));
        clock.advance(Duration.ofSeconds(11));
        assertThat(reader.read(token(second)).get("sk"), is("S-" + second.keyId().substring(0, 6)));
        assertThat(reader.read(token(first)).get("sk"), is("S-" + first.keyId().substring(0, 6)));
        assertThat(fetches.get(), is(2));
    }

    @Test
    void aFloodOfMadeUpKidsFetchesAtMostOncePerInterval() throws Exception {
        JwtKey known = ecKey();
        response.set(Response.jwks(known));
        SessionJwtReader reader = reader();
        reader.read(token(known));
        for (int i = 0; i < 200; i++) {
            assertThat(rejection(reader, token(ecKey())), is(TokenRejection.UNKNOWN_KEY));
            clock.advance(Duration.ofMillis(100));
        }
        // 20 s of unknown kids with a 10 s interval: the first fetch plus at most two more
        assertThat(fetches.get(), lessThan(4));
        InvalidSessionTokenException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidSessionTokenException.class, () -> reader.read(token(ecKey())));
        assertThat(e.getMessage(), containsString("kid names no key of the JWK set at " + location));
    }

    @Test
    void theSetIsFetchedAgainInTheBackgroundOnceThreeQuartersOfItsMaxAgeHavePassed() throws Exception {
        JwtKey key = ecKey();
        response.set(Response.jwks(key));
        SessionJwtReader reader = reader();
        reader.read(token(key));
        clock.advance(Duration.ofSeconds(224));
        reader.read(token(key));
        assertThat(fetches.get(), is(1));
        Stall held = Stall.next();
        stall.set(held);
        clock.advance(Duration.ofSeconds(2));
        try {
            assertThat(reader.read(token(key)).get("sk"), is(sessionOf(key)));
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "the refresh ahead of max-age started");
            assertThat(fetches.get(), is(2));
        } finally {
            held.release().countDown();
        }
    }

    @Test
    void theLastGoodKeysStayInUseWhateverTheEndpointAnswers() throws Exception {
        JwtKey key = ecKey();
        response.set(Response.jwks(key));
        SessionJwtReader reader = reader();
        String token = token(key);
        reader.read(token);
        List<Response> failures = List.of(
                new Response(500, "application/json", "{\"keys\":[]}", null, 0),
                new Response(200, "text/html", "<html><body>Maintenance</body></html>", null, 0),
                new Response(200, "application/json", "{\"keys\":[" + "{\"kty\":\"oct\",\"k\":\"AAAA\"},".repeat(4000)
                        + "{}]}", null, 0),
                new Response(200, "application/json", "{\"keys\":[]}", null, 0));
        for (Response failure : failures) {
            response.set(failure);
            readUntilTheEndpointIsAsked(reader, token, sessionOf(key), failure.body().length() + " bytes, status " + failure.status());
        }
        // a silent endpoint: its answer is held until the reads have returned, so no read waited for it
        Stall held = Stall.next();
        stall.set(held);
        try {
            readUntilTheEndpointIsAsked(reader, token, sessionOf(key), "silent endpoint");
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "the silent endpoint was asked");
            assertThat("still silent when the reads returned", held.answering().getCount(), is(1L));
        } finally {
            held.release().countDown();
        }
        server.stop(0);
        clock.advance(Duration.ofSeconds(400));
        assertThat("endpoint down", reader.read(token).get("sk"), is(sessionOf(key)));
    }

    /**
     * Reads the token, past the max-age of the last good keys and then past the minimum refresh interval each time,
     * until the endpoint has been asked again (a fetch still running from an earlier answer starts no new one); every
     * read must give the last good keys' answer.
     */
    private void readUntilTheEndpointIsAsked(SessionJwtReader reader, String token, String session, String what)
            throws InterruptedException {
        int before = fetches.get();
        clock.advance(Duration.ofSeconds(400)); // past the max-age of the last good keys
        for (int i = 0; i < 400 && fetches.get() == before; i++) {
            clock.advance(Duration.ofSeconds(11));
            assertThat(what, reader.read(token).get("sk"), is(session));
            if (fetches.get() == before) {
                Thread.sleep(50);
            }
        }
        assertThat(what + ": the endpoint was asked", fetches.get() > before, is(true));
    }

    @Test
    void withoutAnyGoodFetchEveryTokenIsRejectedWithTheFetchProblem() throws Exception {
        response.set(new Response(503, "text/plain", "down", null, 0));
        InvalidSessionTokenException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidSessionTokenException.class, () -> reader().read(token(ecKey())));
        assertThat(e.reason(), is(TokenRejection.UNKNOWN_KEY));
        assertThat(e.getMessage(), containsString("503"));
    }

    /** A reader whose fetch timeout is far longer than any test waits: a verification that waits for a fetch shows. */
    private SessionJwtReader patientReader() {
        return SessionJwtReader.builder().jwks(location).clock(clock).jwksTimeout(Duration.ofSeconds(30))
                .jwksMinRefreshInterval(Duration.ofSeconds(10)).build();
    }

    private static String sessionOf(JwtKey key) {
        return "S-" + key.keyId().substring(0, 6);
    }

    @Test
    void aKnownKidVerifiesWhileTheRefreshAheadOfMaxAgeIsInFlightAndAnUnknownOneGetsItsKeys() throws Exception {
        JwtKey known = ecKey();
        JwtKey next = ecKey();
        response.set(Response.jwks(known));
        SessionJwtReader reader = patientReader();
        String token = token(known);
        reader.read(token);
        Stall held = Stall.next();
        stall.set(held);
        response.set(Response.jwks(next, known));
        clock.advance(Duration.ofSeconds(240)); // past three quarters of max-age=300
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            Future<Object> first = callers.submit(() -> reader.read(token).get("sk"));
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "a refresh starts ahead of max-age");
            Future<Object> second = callers.submit(() -> reader.read(token).get("sk"));
            assertThat(first.get(10, TimeUnit.SECONDS), is(sessionOf(known)));
            assertThat(second.get(10, TimeUnit.SECONDS), is(sessionOf(known)));
            assertThat("both verified while the fetch was held", held.release().getCount(), is(1L));
            Future<Object> unknown = callers.submit(() -> reader.read(token(next)).get("sk"));
            held.release().countDown();
            assertThat(unknown.get(10, TimeUnit.SECONDS), is(sessionOf(next)));
            assertThat(fetches.get(), is(2));
        } finally {
            held.release().countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void afterAFailedFetchAKnownKidNeverWaitsForTheNextOne() throws Exception {
        JwtKey known = ecKey();
        response.set(Response.jwks(known));
        SessionJwtReader reader = patientReader();
        String token = token(known);
        reader.read(token);
        response.set(new Response(503, "text/plain", "down", null, 0));
        clock.advance(Duration.ofSeconds(400));
        assertThat("the last good keys", reader.read(token).get("sk"), is(sessionOf(known)));
        Stall held = Stall.next();
        stall.set(held);
        clock.advance(Duration.ofSeconds(11));
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = callers.submit(() -> reader.read(token).get("sk"));
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "the set past its max-age is fetched again");
            Future<Object> second = callers.submit(() -> reader.read(token).get("sk"));
            assertThat(first.get(10, TimeUnit.SECONDS), is(sessionOf(known)));
            assertThat(second.get(10, TimeUnit.SECONDS), is(sessionOf(known)));
            assertThat("both verified while the fetch was held", held.release().getCount(), is(1L));
        } finally {
            held.release().countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void aKeyRemovedFromAHealthySetIsRejectedOnceTheMaxAgeHasPassed() throws Exception {
        JwtKey removed = ecKey();
        JwtKey kept = ecKey();
        response.set(Response.jwks(removed, kept));
        SessionJwtReader reader = patientReader();
        String token = token(removed);
        reader.read(token);
        response.set(Response.jwks(kept));
        clock.advance(Duration.ofSeconds(301));
        assertThat(rejection(reader, token), is(TokenRejection.UNKNOWN_KEY));
        assertThat(reader.read(token(kept)).get("sk"), is(sessionOf(kept)));
    }
}
