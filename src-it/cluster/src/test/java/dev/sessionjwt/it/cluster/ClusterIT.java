package dev.sessionjwt.it.cluster;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.VerificationJwkSelector;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.it.KeyPairs;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.cluster.app.ClusterServlet;
import dev.sessionjwt.it.cluster.app.VisitCounter;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * The library on two Payara Micro nodes that replicate a {@code <distributable/>} WAR's sessions through
 * Payara's own Hazelcast, with a client that sends every request to either node with the cookies alone (a
 * load balancer without sticky routing). Runs in a network namespace that has nothing but loopback.
 */
class ClusterIT {

    static final String TOKEN = "JSESSIONID";
    static final String VERSION = "JSESSIONID-version";
    private static final Pattern SESSION = Pattern.compile("session=(\\S+)");
    private static final Pattern ITEMS = Pattern.compile("items=(\\S*)");
    private static final Pattern VISITS = Pattern.compile("visits=(\\d+)");

    private static PayaraMicroCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        LoopbackOnlyNetwork.require();
        cluster = PayaraMicroCluster.start(clusterWar(), "api/read");
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void sessionStateFollowsTheCookieBothWaysWithoutASignatureAfterTheFirstAnswer() {
        SharedCookieClient client = new SharedCookieClient();
        String first = ok(client.get(cluster.a(), "api/write?item=0"));
        String sessionId = value(SESSION, first);
        int tokensIssued = countTokens(client.lastSetCookies());
        List<String> items = new ArrayList<>(List.of("0"));
        for (int round = 1; round <= 50; round++) {
            URI writer = round % 2 == 1 ? cluster.b() : cluster.a();
            URI reader = round % 2 == 1 ? cluster.a() : cluster.b();
            items.add(Integer.toString(round));
            String written = ok(client.get(writer, "api/write?item=" + round));
            tokensIssued += countTokens(client.lastSetCookies());
            assertThat(client.lastSetCookies(), hasItem(startsWith(VERSION + "=")));
            assertThat(written, containsString("node=" + writer.getPort()));
            String read = ok(client.get(reader, "api/read"));
            tokensIssued += countTokens(client.lastSetCookies());
            assertThat("round " + round + " read on " + reader, value(SESSION, read), is(sessionId));
            assertThat("round " + round + " read on " + reader, value(ITEMS, read), is(String.join(",", items)));
            assertThat("round " + round + " read on " + reader, value(VISITS, read), is(Integer.toString(round + 1)));
        }
        assertThat("only the answer that created the session carries a token", tokensIssued, is(1));
        assertThat("Payara's own version cookie stays off", client.cookie("JSESSIONIDVERSION"), is(nullValue()));
    }

    @Test
    void rotationOnBContinuesOnAAndTheOldTokenReachesNothingOnEitherNode() {
        SharedCookieClient client = new SharedCookieClient();
        String oldId = value(SESSION, ok(client.get(cluster.a(), "api/write?item=a")));
        ok(client.get(cluster.b(), "api/write?item=b"));
        ok(client.get(cluster.a(), "api/read"));
        String oldToken = client.cookie(TOKEN);
        String oldVersion = client.cookie(VERSION);

        String rotated = ok(client.get(cluster.b(), "api/rotate"));
        String newId = value(SESSION, rotated);
        assertThat(newId, is(not(oldId)));
        assertThat("the rotation answer carries a new token", client.cookie(TOKEN), is(not(oldToken)));
        String continued = ok(client.get(cluster.a(), "api/write?item=c"));
        assertThat(value(SESSION, continued), is(newId));
        assertThat(value(ITEMS, continued), is("a,b,c"));

        for (URI node : List.of(cluster.a(), cluster.b())) {
            SharedCookieClient replay = new SharedCookieClient();
            replay.setCookie(TOKEN, oldToken);
            replay.setCookie(VERSION, oldVersion);
            assertThat("old token on " + node, ok(replay.get(node, "api/read")), containsString("session=none"));
            assertThat("old token on " + node + " is deleted", replay.cookie(TOKEN), is(nullValue()));
        }
        assertThat(value(ITEMS, ok(client.get(cluster.b(), "api/read"))), is("a,b,c"));
    }

    @Test
    void logoutOnAKillsTheOldCookieOnB() {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.a(), "api/write?item=x"));
        ok(client.get(cluster.b(), "api/read"));
        Map<String, String> before = client.cookies();

        assertThat(ok(client.get(cluster.a(), "api/logout")), containsString("session=none"));
        assertThat("logout deletes the token", client.cookie(TOKEN), is(nullValue()));
        assertThat("logout deletes the version", client.cookie(VERSION), is(nullValue()));

        SharedCookieClient replay = new SharedCookieClient();
        before.forEach(replay::setCookie);
        assertThat(ok(replay.get(cluster.b(), "api/read")), containsString("session=none"));
        before.forEach(replay::setCookie);
        assertThat(ok(replay.get(cluster.a(), "api/read")), containsString("session=none"));
    }

    @Test
    void anExpiredSessionIsDeadOnEveryNodeThoughItsTokenIsStillValid() throws InterruptedException {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.a(), "api/write?item=x&timeout=2"));
        assertThat(value(ITEMS, ok(client.get(cluster.b(), "api/read"))), is("x"));
        Map<String, String> cookies = client.cookies();
        Thread.sleep(4_000);
        for (URI node : List.of(cluster.a(), cluster.b())) {
            SharedCookieClient late = new SharedCookieClient();
            cookies.forEach(late::setCookie);
            assertThat("expired session on " + node, ok(late.get(node, "api/read")), containsString("session=none"));
            assertThat(late.cookie(TOKEN), is(nullValue()));
        }
    }

    @Test
    void aTokenIssuedOnOneNodeVerifiesOnTheOther() throws Exception {
        SharedCookieClient client = new SharedCookieClient();
        String sessionId = value(SESSION, ok(client.get(cluster.a(), "api/write?item=1")));
        String token = client.cookie(TOKEN);

        SharedCookieClient other = new SharedCookieClient();
        String jwks = ok(other.get(cluster.b(), ".well-known/jwks.json"));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(new VerificationJwkSelector().select(jws, new JsonWebKeySet(jwks).getJsonWebKeys()).getKey());
        assertThat("A's token verifies with B's published keys", jws.verifySignature(), is(true));
        assertThat(jws.getPayload(), containsString("\"sk\":\"" + sessionId + "\""));

        other.setCookie(TOKEN, token);
        assertThat(value(SESSION, ok(other.get(cluster.b(), "api/read"))), is(sessionId));
    }

    @Test
    void aClientThatLostItsVersionStillReachesTheNewestCopy() {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.a(), "api/write?item=first"));
        ok(client.get(cluster.b(), "api/write?item=second"));
        client.setCookie(VERSION, null);
        // A holds an older copy of its own; without a version Payara's manager would hand it out unchecked
        assertThat(value(ITEMS, ok(client.get(cluster.a(), "api/read"))), is("first,second"));
        assertThat(client.cookie(VERSION), matchesPattern("\\d+"));
    }

    /**
     * The version carries Payara's own semantics, so a stale one does what a stale {@code JSESSIONIDVERSION} does
     * (pinned without the library by {@link ClusterHarnessIT#staleVersionCookieMakesANodeServeItsOwnOldCopy}): a
     * node whose copy is at least as new as the version asked for serves that copy. The same sequence as there.
     */
    @Test
    void aStaleVersionIsTreatedExactlyAsPayaraTreatsItsOwnVersionCookie() {
        SharedCookieClient client = new SharedCookieClient();
        assertThat(value(VISITS, ok(client.get(cluster.a(), "api/write?item=1"))), is("1"));
        assertThat(value(VISITS, ok(client.get(cluster.b(), "api/write?item=2"))), is("2"));
        String versionAfterB = client.cookie(VERSION);
        assertThat(value(VISITS, ok(client.get(cluster.a(), "api/write?item=3"))), is("3"));
        assertThat(value(VISITS, ok(client.get(cluster.a(), "api/write?item=4"))), is("4"));

        client.setCookie(VERSION, versionAfterB);
        assertThat("B's own copy (count 2), as with Payara's cookie",
                value(VISITS, ok(client.get(cluster.b(), "api/write?item=5"))), is("3"));
    }

    @Test
    void anEarlyCommitStillCarriesTheVersionOfAnExistingSession() {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.a(), "api/write?item=1"));
        ok(client.get(cluster.b(), "api/write?item=2&commit=early"));
        assertThat(client.lastSetCookies(), hasItem(startsWith(VERSION + "=")));
        assertThat(value(ITEMS, ok(client.get(cluster.a(), "api/read"))), is("1,2"));
    }

    @Test
    void aNewSessionWhoseAnswerCommittedEarlyCarriesItsFirstVersionAndIsFoundOnTheOtherNode() {
        SharedCookieClient client = new SharedCookieClient();
        client.setCookie(VERSION, "999");
        ok(client.get(cluster.a(), "api/write?item=early&commit=early"));
        assertThat(client.cookie(TOKEN), is(notNullValue()));
        // Catalina's StandardSession starts at version -1 and counts its creation once: 0
        assertThat("the new session's version replaces the client's old one", client.cookie(VERSION), is("0"));
        assertThat(value(ITEMS, ok(client.get(cluster.b(), "api/read"))), is("early"));
        assertThat(value(ITEMS, ok(client.get(cluster.a(), "api/write?item=later"))), is("early,later"));
    }

    @Test
    void aNewSessionAnsweredNormallyCarriesTheVersionTheContainerCounted() {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.b(), "api/write?item=first"));
        assertThat(client.lastSetCookies(), hasItem(VERSION + "=0; Path=/cluster; HttpOnly; SameSite=Lax"));
        assertThat(client.lastSetCookies().stream().filter(h -> h.startsWith(VERSION + "=")).count(), is(1L));
    }

    @Test
    void aMalformedOrForeignVersionCookieIsHarmless() {
        SharedCookieClient client = new SharedCookieClient();
        ok(client.get(cluster.a(), "api/write?item=v"));
        for (String bad : List.of("abc", "-5", "99999999999999999999", "%00")) {
            client.setCookie(VERSION, bad);
            assertThat(bad, value(ITEMS, ok(client.get(cluster.b(), "api/read"))), is("v"));
        }
    }

    /**
     * The ended-sessions feed is kept in the cluster's store (a Hazelcast replicated map), so a logout on A is in B's
     * feed, under the same instance and {@code dead_before}, and B continues a cursor A gave; a reader that follows
     * B's feed with default settings refuses the logged-out token. The store replicates asynchronously and B reads it
     * anew at most every 200 ms, so the test waits (up to 20 s) for it: it asserts what arrives, not how fast.
     */
    @Test
    void aLogoutOnAIsInTheEndedSessionsFeedOfBAndAReaderFollowingBRefusesTheToken() throws Exception {
        SharedCookieClient client = new SharedCookieClient();
        String sessionId = value(SESSION, ok(client.get(cluster.a(), "api/write?item=x")));
        String token = client.cookie(TOKEN);
        SessionJwtReader reader = SessionJwtReader.builder().discover(cluster.b().resolve(".well-known/session-jwt"))
                .build();
        assertThat(reader.verify(token) instanceof Verification.Valid, is(true));
        Map<String, Object> onA = verifiedFeed(cluster.a(), "");
        Map<String, Object> onB = verifiedFeed(cluster.b(), "");
        assertThat("one instance for the cluster", instance(onB), is(instance(onA)));
        assertThat(onB.get("dead_before"), is(onA.get("dead_before")));
        assertThat(hashes(onB), not(hasItem(Tokens.sessionHash(sessionId))));

        assertThat(ok(client.get(cluster.a(), "api/logout")), containsString("session=none"));

        Map<String, Object> since = awaitListed(cluster.b(), "?since=" + onA.get("cursor"), Tokens.sessionHash(sessionId));
        assertThat("B continues A's cursor", since.get("full"), is(false));
        assertThat(hashes(awaitListed(cluster.b(), "", Tokens.sessionHash(sessionId))), hasItem(Tokens.sessionHash(sessionId)));
        Verification verdict = reader.verify(token);
        for (int i = 0; i < 80 && verdict instanceof Verification.Valid; i++) {
            Thread.sleep(250);
            verdict = reader.verify(token);
        }
        assertThat(verdict.toString(), verdict instanceof Verification.Rejected rejected
                && rejected.reason() == TokenRejection.SESSION_ENDED, is(true));
    }

    @Test
    void anIdReplacedOnBIsInTheEndedSessionsFeedOfA() throws Exception {
        SharedCookieClient client = new SharedCookieClient();
        String oldId = value(SESSION, ok(client.get(cluster.b(), "api/write?item=r")));
        String newId = value(SESSION, ok(client.get(cluster.b(), "api/rotate")));

        Map<String, Object> onA = awaitListed(cluster.a(), "", Tokens.sessionHash(oldId));

        assertThat(hashes(onA), hasItem(Tokens.sessionHash(oldId)));
        assertThat(hashes(onA), not(hasItem(Tokens.sessionHash(newId))));
        assertThat(hashes(onA), not(hasItem(oldId)));
    }

    /** The node's feed (whole or {@code ?since=}), polled until it lists the hash or 20 s passed; verified each time. */
    private static Map<String, Object> awaitListed(URI node, String query, String hash) throws Exception {
        Map<String, Object> feed = verifiedFeed(node, query);
        for (int i = 0; i < 80 && !hashes(feed).contains(hash); i++) {
            Thread.sleep(250);
            feed = verifiedFeed(node, query);
        }
        assertThat(node + " lists " + hash, hashes(feed), hasItem(hash));
        return feed;
    }

    /** The node's ended-sessions feed, its signature checked with the node's own JWK set. */
    private static Map<String, Object> verifiedFeed(URI node, String query) throws Exception {
        SharedCookieClient client = new SharedCookieClient();
        String feed = ok(client.get(node, ".well-known/session-jwt-ended" + query));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(feed);
        assertThat(jws.getHeader("typ"), is("session-jwt-ended+jwt"));
        jws.setKey(new VerificationJwkSelector().select(jws, new JsonWebKeySet(ok(client.get(node,
                ".well-known/jwks.json"))).getJsonWebKeys()).getKey());
        assertThat("the feed of " + node + " verifies with its JWK set", jws.verifySignature(), is(true));
        return JsonUtil.parseJson(jws.getPayload());
    }

    private static String instance(Map<String, Object> feed) {
        String cursor = (String) feed.get("cursor");
        return cursor.substring(0, cursor.indexOf('.'));
    }

    private static List<String> hashes(Map<String, Object> feed) {
        return ((List<?>) feed.get("ended")).stream().map(entry -> (String) ((List<?>) entry).get(0)).toList();
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.uri() + " answered " + response.statusCode() + ": " + response.body(),
                response.statusCode(), is(200));
        return response.body();
    }

    private static String value(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(pattern + " in " + body, matcher.find(), is(true));
        return matcher.group(1);
    }

    private static int countTokens(List<String> setCookies) {
        return (int) setCookies.stream().filter(header -> header.startsWith(TOKEN + "=")
                && !header.startsWith(TOKEN + "=;")).count();
    }

    private static Path clusterWar() throws Exception {
        KeyPair pair = KeyPairs.generate("EC", 256);
        WebArchive war = Wars.withConfig(Wars.withLibrary(ShrinkWrap.create(WebArchive.class, "cluster.war"))
                        .addClasses(ClusterServlet.class, VisitCounter.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"6.0\"><distributable/></web-app>")),
                Map.of("session-jwt.key", KeyPairs.privatePem(pair)));
        Path file = Path.of("target", "cluster", "cluster.war");
        Files.createDirectories(file.getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
