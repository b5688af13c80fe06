package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jose4j.json.JsonUtil;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.internal.token.MutableClock;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.discovery.DiscoveryDocument;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * A {@link SessionJwtReader} that follows an ended-sessions feed served on 127.0.0.1 and signed in the test: tokens of
 * ended sessions and tokens issued before {@code dead_before} are refused, incremental reads are asked for with
 * {@code ?since=} and merged, a full feed replaces, a feed that does not verify is never taken, and a reader that
 * cannot read the feed for longer than its maximum staleness refuses every token until it can.
 */
class EndedSessionsReaderTest {

    private static final Instant START = Instant.parse("2026-12-07T12:00:00Z");
    private static final String ISSUER = "https://shop.example.com";
    private static final String FEED_PATH = "/shop/.well-known/session-jwt-ended";
    private static final JwtKey KEY = TestKeys.es256(TestKeys.ec("P-256"));
    private static final JwtKey OTHER_KEY = TestKeys.es256(TestKeys.otherEc());

    private final MutableClock clock = new MutableClock(START);
    private final AtomicReference<Response> feed = new AtomicReference<>();
    private final AtomicReference<Stall> stall = new AtomicReference<>();
    private final AtomicReference<JwtKeyRing> published = new AtomicReference<>(JwtKeyRing.of(KEY));
    /** The query of every feed request, in order ("" for none). */
    private final List<String> queries = Collections.synchronizedList(new ArrayList<>());
    private volatile String discoveryDocument;
    private HttpServer server;
    private String base;
    private URI jwks;
    private URI feedUrl;

    /** What the feed answers next. */
    private record Response(int status, String body, String cacheControl) {
    }

    /** Holds the next feed request until released, and says when it has started and when it stopped holding. */
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
        server.createContext("/shop/.well-known/jwks.json",
                exchange -> answer(exchange, 200, JwksDocument.of(published.get()), null));
        server.createContext("/shop/.well-known/session-jwt", exchange -> {
            if (!exchange.getRequestURI().getPath().equals(FEED_PATH)) {
                answer(exchange, 200, discoveryDocument, null);
                return;
            }
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query == null ? "" : query);
            Stall held = stall.getAndSet(null);
            if (held != null) {
                held.hold();
            }
            Response r = feed.get();
            answer(exchange, r.status(), r.body(), r.cacheControl());
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        jwks = URI.create(base + "/shop/.well-known/jwks.json");
        feedUrl = URI.create(base + FEED_PATH);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body,
                               String cacheControl) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", EndedSessionsFeed.MEDIA_TYPE);
        if (cacheControl != null) {
            exchange.getResponseHeaders().add("Cache-Control", cacheControl);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the reader hung up
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    // --- the feed and the tokens ---

    private static EndedSessionsFeed.Entry ended(String sessionId, Instant until) {
        return new EndedSessionsFeed.Entry(EndedSessionsFeed.hash(sessionId), until.getEpochSecond());
    }

    /** A feed signed now with KEY, {@code until} twelve hours away. */
    private EndedSessionsFeed feedOf(String cursor, boolean full, String... endedSessions) {
        List<EndedSessionsFeed.Entry> entries = new ArrayList<>();
        for (String session : endedSessions) {
            entries.add(ended(session, clock.instant().plus(Duration.ofHours(12))));
        }
        return new EndedSessionsFeed(Optional.of(ISSUER), clock.instant().getEpochSecond(), 0,
                EndedSessionsFeed.Cursor.parse(cursor).orElseThrow(), full, entries);
    }

    private static String signed(EndedSessionsFeed payload) {
        return signed(payload, KEY, KEY.keyId(), jws -> { });
    }

    private static String signed(EndedSessionsFeed payload, JwtKey key, String keyId,
                                 Consumer<JsonWebSignature> headers) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(JsonUtil.toJson(payload.claims()));
            jws.setAlgorithmHeaderValue(key.algorithm());
            jws.setKeyIdHeaderValue(keyId);
            jws.setHeader("typ", EndedSessionsFeed.TYPE);
            headers.accept(jws);
            jws.setKey(key.signingKey());
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(String body) {
        feed.set(new Response(200, body, null));
    }

    private String token(String sessionId) {
        return new TokenIssuer(KEY, new TokenParties(Optional.of(ISSUER), Optional.empty()), "sk",
                Duration.ofHours(12), clock).issue(sessionId, Map.of()).compact();
    }

    private SessionJwtReaderBuilder builder() {
        return SessionJwtReader.builder().jwks(jwks).endedSessions(feedUrl).issuer(ISSUER).clock(clock)
                .jwksTimeout(Duration.ofSeconds(10));
    }

    private static TokenRejection rejection(SessionJwtReader reader, String token) {
        Verification result = reader.verify(token);
        return result instanceof Verification.Rejected rejected ? rejected.reason() : null;
    }

    private static String detail(SessionJwtReader reader, String token) {
        return ((Verification.Rejected) reader.verify(token)).detail();
    }

    /** Past the maximum staleness: the next check waits for the fetch it starts. */
    private void passMaxStaleness() {
        clock.advance(Duration.ofSeconds(61));
    }

    // --- the tests ---

    @Test
    void aLiveSessionsTokenIsAcceptedAndAnEndedSessionsTokenIsRefused() {
        serve(signed(feedOf("inst.1", true, "S-ended")));
        SessionJwtReader reader = builder().build();

        assertThat(reader.read(token("S-live")).get("sk"), is("S-live"));
        InvalidSessionTokenException e = assertThrows(InvalidSessionTokenException.class,
                () -> reader.read(token("S-ended")));
        assertThat(e.reason(), is(TokenRejection.SESSION_ENDED));
        assertThat(e.getMessage(), containsString("at " + feedUrl));
        assertThat(queries, contains(""));
    }

    @Test
    void aBadSignatureStaysABadSignatureForAnEndedSession() {
        serve(signed(feedOf("inst.1", true, "S-ended")));
        SessionJwtReader reader = builder().build();
        String token = token("S-ended");
        String tampered = token.substring(0, token.length() - 4)
                + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertThat(rejection(reader, tampered), is(TokenRejection.BAD_SIGNATURE));
        assertThat(rejection(reader, token), is(TokenRejection.SESSION_ENDED));
    }

    @Test
    void tokensIssuedBeforeDeadBeforeAreRefusedWhateverTheirSession() {
        String old = token("S-old");
        clock.advance(Duration.ofSeconds(10));
        EndedSessionsFeed restart = new EndedSessionsFeed(Optional.of(ISSUER), clock.instant().getEpochSecond(),
                START.getEpochSecond() + 5, EndedSessionsFeed.Cursor.parse("inst.0").orElseThrow(), true, List.of());
        serve(signed(restart));
        SessionJwtReader reader = builder().build();

        assertThat(rejection(reader, old), is(TokenRejection.SESSION_ENDED));
        assertThat(detail(reader, old), containsString("before the feed's dead_before " + (START.getEpochSecond() + 5)));
        assertThat(reader.read(token("S-new")).get("sk"), is("S-new"));
    }

    @Test
    void afterTheFirstReadOnlyWhatEndedSinceIsAskedForAndMerged() {
        serve(signed(feedOf("inst.3", true, "S-a")));
        SessionJwtReader reader = builder().build();
        String a = token("S-a");
        String b = token("S-b");
        String c = token("S-c");
        assertThat(reader.read(b).get("sk"), is("S-b"));

        serve(signed(feedOf("inst.4", false, "S-b")));
        passMaxStaleness();

        assertThat(rejection(reader, b), is(TokenRejection.SESSION_ENDED));
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));
        assertThat(reader.read(c).get("sk"), is("S-c"));
        serve(signed(feedOf("inst.4", false)));
        passMaxStaleness();
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));
        assertThat(queries, contains("", "since=inst.3", "since=inst.4"));
    }

    @Test
    void aFullFeedAfterTheApplicationRestartedReplacesTheList() {
        serve(signed(feedOf("before.7", true, "S-a")));
        SessionJwtReader reader = builder().build();
        String a = token("S-a");
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));

        serve(signed(feedOf("after.1", true, "S-b")));
        passMaxStaleness();

        assertThat(reader.read(a).get("sk"), is("S-a"));
        assertThat(rejection(reader, token("S-b")), is(TokenRejection.SESSION_ENDED));
        assertThat(queries, contains("", "since=before.7"));
    }

    @Test
    void anEntryIsDroppedOnceItsUntilHasPassed() {
        EndedSessionsFeed shortLived = new EndedSessionsFeed(Optional.of(ISSUER), START.getEpochSecond(), 0,
                EndedSessionsFeed.Cursor.parse("inst.1").orElseThrow(), true,
                List.of(ended("S-a", START.plusSeconds(30)), ended("S-b", START.plusSeconds(3600))));
        serve(signed(shortLived));
        SessionJwtReader reader = builder().build();
        String a = token("S-a");
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));

        serve(signed(feedOf("inst.1", false)));
        passMaxStaleness();

        assertThat(reader.read(a).get("sk"), is("S-a"));
        assertThat(rejection(reader, token("S-b")), is(TokenRejection.SESSION_ENDED));
    }

    @Test
    void aFeedThatDoesNotVerifyIsNeverTakenAndOnceStaleEveryTokenIsRefusedUntilTheFeedAnswersAgain() {
        serve(signed(feedOf("inst.1", true, "S-a")));
        SessionJwtReader reader = builder().build();
        String a = token("S-a");
        String b = token("S-b");
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));
        EndedSessionsFeed replacing = feedOf("evil.9", true, "S-b");
        EndedSessionsFeed otherIssuer = new EndedSessionsFeed(Optional.of("https://evil.example"),
                replacing.issuedAt(), 0, replacing.cursor(), true, replacing.ended());
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(signed(replacing, OTHER_KEY, KEY.keyId(), jws -> { }),
                "the signature does not verify with the key " + KEY.keyId());
        refused.put(signed(replacing, KEY, KEY.keyId(), jws -> jws.setHeader("typ", "JWT")),
                "the JWS typ is not session-jwt-ended+jwt");
        refused.put(signed(replacing, OTHER_KEY, OTHER_KEY.keyId(), jws -> { }),
                "the kid " + OTHER_KEY.keyId() + " names no key of the reader's key ring");
        refused.put(signed(otherIssuer), "the feed's iss is https://evil.example, not " + ISSUER);
        refused.put(signed(replacing, KEY, KEY.keyId(), jws -> jws.setHeader("jku", base + "/evil.json")),
                "the JWS header 'jku' is never accepted");
        refused.put("<html>maintenance</html>", "the body is not a compact JWS");
        int round = 0;
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            serve(bad.getKey());
            passMaxStaleness();

            InvalidSessionTokenException e = assertThrows(InvalidSessionTokenException.class, () -> reader.read(b));
            assertThat(bad.getValue(), e.reason(), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
            assertThat(e.getMessage(), startsWith("session token rejected: ENDED_SESSIONS_UNKNOWN (SJWT0120: the ended-sessions feed at " + feedUrl + " was last read 61 s"
                    + " ago (limit 60 s)"));
            assertThat(e.getMessage(), containsString("the last fetch: the feed was refused: " + bad.getValue()));
            assertThat(rejection(reader, a), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));

            serve(signed(feedOf("inst.1", false)));
            clock.advance(Duration.ofSeconds(1));
            assertThat(bad.getValue(), reader.read(b).get("sk"), is("S-b"));
            assertThat(bad.getValue(), rejection(reader, a), is(TokenRejection.SESSION_ENDED));
            round++;
            assertThat(queries.get(2 * round - 1), is("since=inst.1"));
            assertThat(queries.get(2 * round), is("since=inst.1"));
        }
    }

    @Test
    void aFeedSignedWithAKeyTheReaderHasNotFetchedYetMakesItFetchTheJwkSetAgain() throws InterruptedException {
        serve(signed(feedOf("inst.1", true, "S-a")));
        SessionJwtReader reader = builder().jwksDefaultCache(Duration.ofDays(1)).build();
        String a = token("S-a");
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));
        published.set(new JwtKeyRing(OTHER_KEY, List.of(KEY)));
        serve(signed(feedOf("inst.2", true, "S-a"), OTHER_KEY, OTHER_KEY.keyId(), jws -> { }));
        passMaxStaleness();
        assertThat(detail(reader, a), containsString("the kid " + OTHER_KEY.keyId() + " names no key"));

        TokenRejection rejection = null;
        for (int i = 0; i < 250 && rejection != TokenRejection.SESSION_ENDED; i++) {
            Thread.sleep(20); // the JWK set fetch the unknown kid started runs in the background
            clock.advance(Duration.ofSeconds(1));
            rejection = rejection(reader, a);
        }
        assertThat("the feed signed with the new key was taken", rejection, is(TokenRejection.SESSION_ENDED));
    }

    @Test
    void aReaderThatNeverReadTheFeedRefusesEveryTokenSayingWhy() {
        feed.set(new Response(503, "down", null));
        SessionJwtReader reader = builder().build();

        InvalidSessionTokenException e = assertThrows(InvalidSessionTokenException.class,
                () -> reader.read(token("S-a")));

        assertThat(e.reason(), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
        assertThat(e.getMessage(), startsWith("session token rejected: ENDED_SESSIONS_UNKNOWN (SJWT0120: the ended-sessions feed at " + feedUrl + " was last read never"
                + " (limit 60 s)"));
        assertThat(e.getMessage(), containsString("503"));
    }

    @Test
    void aFeedSignedLongerAgoThanTheReaderToleratesIsNotTaken() {
        EndedSessionsFeed cached = new EndedSessionsFeed(Optional.of(ISSUER), START.getEpochSecond() - 91, 0,
                EndedSessionsFeed.Cursor.parse("inst.1").orElseThrow(), true, List.of());
        serve(signed(cached));
        SessionJwtReader reader = builder().build();

        assertThat(rejection(reader, token("S-a")), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
        assertThat(detail(reader, token("S-a")), containsString("longer ago than the reader tolerates"));
    }

    @Test
    void withinTheMaximumStalenessACheckNeverWaitsForTheFetchItStarts() throws Exception {
        serve(signed(feedOf("inst.1", true, "S-a")));
        SessionJwtReader reader = builder().jwksTimeout(Duration.ofSeconds(30)).build();
        String a = token("S-a");
        assertThat(rejection(reader, a), is(TokenRejection.SESSION_ENDED));
        Stall held = Stall.next();
        stall.set(held);
        clock.advance(Duration.ofSeconds(11));
        ExecutorService callers = Executors.newSingleThreadExecutor();
        try {
            Future<TokenRejection> checked = callers.submit(() -> rejection(reader, a));
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "the poll interval passed: a fetch started");
            assertThat(checked.get(10, TimeUnit.SECONDS), is(TokenRejection.SESSION_ENDED));
            assertThat("checked while the fetch was held", held.answering().getCount(), is(1L));
        } finally {
            held.release().countDown();
            callers.shutdownNow();
        }
    }

    @Test
    void aStaleReaderWaitsNoLongerThanTheTimeoutForASilentFeed() throws Exception {
        serve(signed(feedOf("inst.1", true)));
        SessionJwtReader reader = builder().jwksTimeout(Duration.ofMillis(200)).build();
        String a = token("S-a");
        assertThat(reader.read(a).get("sk"), is("S-a"));
        Stall held = Stall.next();
        stall.set(held);
        passMaxStaleness();
        try {
            InvalidSessionTokenException e = assertThrows(InvalidSessionTokenException.class, () -> reader.read(a));
            assertThat(e.reason(), is(TokenRejection.ENDED_SESSIONS_UNKNOWN));
            assertThat("refused while the fetch was held", held.answering().getCount(), is(1L));
        } finally {
            held.release().countDown();
        }
    }

    @Test
    void aShorterMaxAgeThanThePollIntervalIsHonoured() throws Exception {
        feed.set(new Response(200, signed(feedOf("inst.1", true)), "max-age=2"));
        SessionJwtReader reader = builder().build();
        String a = token("S-a");
        assertThat(reader.read(a).get("sk"), is("S-a"));
        Stall held = Stall.next();
        stall.set(held);
        clock.advance(Duration.ofSeconds(3));
        try {
            assertThat(reader.read(a).get("sk"), is("S-a"));
            assertTrue(held.started().await(10, TimeUnit.SECONDS), "fetched again after max-age, before 10 s");
            assertThat(queries, contains("", "since=inst.1"));
        } finally {
            held.release().countDown();
        }
    }

    @Test
    void discoverFollowsTheFeedTheDocumentNames() {
        discoveryDocument = document(Optional.of(FEED_PATH));
        serve(signed(feedOf("inst.1", true, "S-ended")));
        URI discovery = URI.create(base + "/shop/.well-known/session-jwt");
        SessionJwtReader reader = SessionJwtReader.builder().discover(discovery).clock(clock).build();

        assertThat(reader.read(token("S-live")).get("sk"), is("S-live"));
        assertThat(rejection(reader, token("S-ended")), is(TokenRejection.SESSION_ENDED));
        SessionJwtReader.builder().discover(discovery).endedSessions(feedUrl).build();
        IllegalStateException other = assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder()
                .discover(discovery).endedSessions(URI.create(base + "/other/ended")).build());
        assertThat(other.getMessage(), is("discover(" + discovery + "): endedSessions is " + base + "/other/ended"
                + " here but " + feedUrl + " in the application's discovery document; give it once"));

        discoveryDocument = document(Optional.empty());
        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(discovery)
                .endedSessions(feedUrl).build()).getMessage(), containsString("endedSessions is " + feedUrl
                + " here but (none)"));
        SessionJwtReader withoutFeed = SessionJwtReader.builder().discover(discovery).clock(clock).build();
        assertThat(withoutFeed.read(token("S-ended")).get("sk"), is("S-ended"));

        discoveryDocument = document(Optional.of("http://feeds.example.com/ended"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder().discover(discovery)
                .build()).getMessage(), containsString("discover(http://feeds.example.com/ended): expected an"
                + " https:// URL"));
    }

    private static String document(Optional<String> endedSessionsUri) {
        return new DiscoveryDocument(Optional.of(ISSUER), Optional.empty(), "/shop/.well-known/jwks.json",
                "JSESSIONID", "sk", Map.of(), List.of("ES256"), endedSessionsUri, false).toJson();
    }

    @Test
    void aFeedOverPlainHttpToAnotherHostIsRefusedNamingEndedSessions() {
        URI plain = URI.create("http://shop.example.com/shop/.well-known/session-jwt-ended");

        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder().key(KEY)
                .endedSessions(plain).build()).getMessage(), containsString("endedSessions(" + plain
                + "): expected an https:// URL"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                .endedSessions(URI.create("file:/etc/ended"))).getMessage(),
                containsString("endedSessions(file:/etc/ended): expected an absolute https:// URL with a host"));
        SessionJwtReader.builder().key(KEY).endedSessions(plain).allowPlainHttpJwks().build();
    }

    @Test
    void withAFixedKeyTheFeedIsVerifiedWithThatKey() {
        serve(signed(feedOf("inst.1", true, "S-ended")));
        SessionJwtReader reader = SessionJwtReader.builder().key(KEY).endedSessions(feedUrl).issuer(ISSUER)
                .clock(clock).build();

        assertThat(rejection(reader, token("S-ended")), is(TokenRejection.SESSION_ENDED));
        assertThat(reader.read(token("S-live")).get("sk"), is("S-live"));
    }

    @Test
    void pollIntervalAndMaxStalenessOutsideTheirRangeAreRefusedNamingMethodValueAndRange() {
        SessionJwtReaderBuilder b = SessionJwtReader.builder();
        Map<org.junit.jupiter.api.function.Executable, String> refused = new java.util.LinkedHashMap<>();
        refused.put(() -> b.endedSessionsPollInterval(Duration.ofMillis(999)),
                "endedSessionsPollInterval(PT0.999S): expected from 1 s to 600 s");
        refused.put(() -> b.endedSessionsPollInterval(Duration.ofSeconds(601)),
                "endedSessionsPollInterval(PT10M1S): expected from 1 s to 600 s");
        refused.put(() -> b.endedSessionsMaxStaleness(Duration.ofSeconds(4)),
                "endedSessionsMaxStaleness(PT4S): expected from 5 s to 1 day");
        refused.put(() -> b.endedSessionsMaxStaleness(Duration.ofDays(2)),
                "endedSessionsMaxStaleness(PT48H): expected from 5 s to 1 day");
        refused.forEach((call, message) -> assertThat(message,
                assertThrows(IllegalArgumentException.class, call).getMessage(), is(message)));
        b.endedSessionsPollInterval(Duration.ofSeconds(1)).endedSessionsPollInterval(Duration.ofMinutes(10))
                .endedSessionsMaxStaleness(Duration.ofSeconds(5)).endedSessionsMaxStaleness(Duration.ofDays(1));
    }

    @Test
    void theMaximumStalenessIsTheOneGiven() {
        serve(signed(feedOf("inst.1", true)));
        SessionJwtReader reader = builder().endedSessionsMaxStaleness(Duration.ofSeconds(5)).build();
        String a = token("S-a");
        assertThat(reader.read(a).get("sk"), is("S-a"));
        feed.set(new Response(503, "down", null));

        clock.advance(Duration.ofSeconds(5));
        assertThat(reader.read(a).get("sk"), is("S-a"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(detail(reader, a), startsWith("SJWT0120: the ended-sessions feed at " + feedUrl
                + " was last read 6 s ago (limit 5 s)"));
    }

}
