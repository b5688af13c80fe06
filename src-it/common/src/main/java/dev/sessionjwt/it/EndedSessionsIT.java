package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;
import dev.sessionjwt.it.smoke.OkServlet;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * The ended-sessions feed, read over HTTP as a reader in another service reads it: a JWS that the published JWK set
 * verifies, under its own {@code typ}; the replaced id of {@code changeSessionId()} and the id of an invalidated
 * session in it by their SHA-256 prefix (never the id), the live session's id not; an incremental read with the
 * cursor gets exactly what ended since, and answers 304 to its own ETag; the discovery document names the feed; a
 * back-channel logout receiver (on 127.0.0.1, in this JVM) is posted a signed logout token naming the invalidated
 * session by the same hash; no feed with an HMAC secret. The hash is computed here from the specification (SHA-256, 16 bytes, base64url), not
 * with the library's code.
 */
class EndedSessionsIT extends IntegrationTestBase {

    private static final KeyPair KEY = KeyPairs.generate("EC", 256);
    /** The back-channel logout tokens the receiver below was sent. */
    private static final BlockingQueue<String> LOGOUT_TOKENS = new LinkedBlockingQueue<>();
    private static final URI RECEIVER = receiver();

    @Deployment(name = "ended", testable = false)
    static WebArchive ended() {
        return withConfig(webArchive("ended").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", KeyPairs.privatePem(KEY), "session-jwt.issuer", "https://ended.example",
                        "session-jwt.backchannel-logout.uris", RECEIVER.toString()));
    }

    /** A back-channel logout receiver on 127.0.0.1 in this JVM: it keeps each {@code logout_token} it is posted. */
    private static URI receiver() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.createContext("/bcl", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
                if (body.startsWith("logout_token=")) {
                    LOGOUT_TOKENS.add(URLDecoder.decode(body.substring("logout_token=".length()),
                            StandardCharsets.US_ASCII));
                }
                exchange.sendResponseHeaders(body.startsWith("logout_token=") ? 200 : 400, -1);
                exchange.close();
            });
            server.start();
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/bcl");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Deployment(name = "secret", testable = false)
    static WebArchive secret() {
        return withConfig(webArchive("secret").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void replacedAndInvalidatedSessionsAreListedByHashAndOnlyWhatEndedSinceIsResent(
            @ArquillianResource @OperateOnDeployment("ended") URL ended) throws Exception {
        String first = cookieValue(get(at(ended, "probe/create-redirect")), "JSESSIONID");
        String second = cookieValue(get(at(ended, "probe/rotate"), cookie("JSESSIONID", first)), "JSESSIONID");

        Map<String, Object> feed = verifiedFeed(ended, get(at(ended, ".well-known/session-jwt-ended")));
        assertThat(feed.get("iss"), equalTo("https://ended.example"));
        assertThat(feed.get("full"), equalTo(true));
        assertThat(hashes(feed), hasItem(Tokens.sessionHash(sessionId(first))));
        assertThat(hashes(feed), not(hasItem(Tokens.sessionHash(sessionId(second)))));
        assertThat(((Number) feed.get("dead_before")).longValue(),
                lessThanOrEqualTo(Instant.now().getEpochSecond() + 1));
        String cursor = (String) feed.get("cursor");
        assertThat(cursor, matchesPattern("[A-Za-z0-9_-]{12}\\.\\d+"));

        String third = cookieValue(get(at(ended, "probe/invalidate-recreate"), cookie("JSESSIONID", second)),
                "JSESSIONID");
        URI since = at(ended, ".well-known/session-jwt-ended?since=" + cursor);
        HttpResult incremental = get(since);
        Map<String, Object> added = verifiedFeed(ended, incremental);

        assertThat(added.get("full"), equalTo(false));
        assertThat(hashes(added), contains(Tokens.sessionHash(sessionId(second))));
        assertThat(hashes(added), not(hasItem(Tokens.sessionHash(sessionId(third)))));
        assertThat(incremental.header("cache-control"), equalTo(Optional.of("public, max-age=5")));
        String etag = incremental.header("etag").orElseThrow();
        assertThat(send(request(since).header("If-None-Match", etag).GET()).status(), is(304));
        assertThat(hashes(verifiedFeed(ended, get(at(ended, ".well-known/session-jwt-ended?since="
                + added.get("cursor"))))), is(List.of()));
    }

    @Test
    void aDiscoveredReaderRefusesTheTokenOfASessionThatEndedAndAcceptsTheLiveOne(
            @ArquillianResource @OperateOnDeployment("ended") URL ended) {
        URI discovery = at(ended, ".well-known/session-jwt");
        String first = cookieValue(get(at(ended, "probe/create-redirect")), "JSESSIONID");
        assertThat(SessionJwtReader.builder().discover(discovery).build().read(first).get("sk"),
                equalTo(sessionId(first)));

        String second = cookieValue(get(at(ended, "probe/rotate"), cookie("JSESSIONID", first)), "JSESSIONID");
        SessionJwtReader reader = SessionJwtReader.builder().discover(discovery).build();

        Verification verdict = reader.verify(first);
        assertThat(verdict.toString(), verdict instanceof Verification.Rejected, is(true));
        assertThat(((Verification.Rejected) verdict).reason(), is(TokenRejection.SESSION_ENDED));
        assertThat(reader.read(second).get("sk"), equalTo(sessionId(second)));
    }

    @Test
    void theDiscoveryDocumentNamesTheFeedAndTheBackChannel(@ArquillianResource @OperateOnDeployment("ended") URL ended) {
        Map<String, Object> discovery = Tokens.parse(get(at(ended, ".well-known/session-jwt")).body());

        assertThat(discovery.get("ended_sessions_uri"), equalTo("/ended/.well-known/session-jwt-ended"));
        assertThat(discovery.get("backchannel_logout"), equalTo(true));
    }

    @Test
    void theReceiverIsSentASignedLogoutTokenForAnInvalidatedSession(
            @ArquillianResource @OperateOnDeployment("ended") URL ended) throws Exception {
        String token = cookieValue(get(at(ended, "probe/create-redirect")), "JSESSIONID");
        String sessionHash = Tokens.sessionHash(sessionId(token));

        get(at(ended, "probe/invalidate-recreate"), cookie("JSESSIONID", token));

        JwtClaims claims = null;
        String received = null;
        while (claims == null) {
            String logoutToken = LOGOUT_TOKENS.poll(20, TimeUnit.SECONDS);
            if (logoutToken == null) {
                break;
            }
            JwtClaims candidate = JwtClaims.parse(verified(ended, logoutToken, "logout+jwt"));
            if (sessionHash.equals(candidate.getClaimValue("sid"))) {
                claims = candidate;
                received = logoutToken;
            }
        }
        assertThat("a logout token for the invalidated session", claims != null, is(true));
        assertThat(claims.getIssuer(), equalTo("https://ended.example"));
        assertThat(claims.getAudience(), equalTo(List.of(RECEIVER.toString())));
        assertThat(claims.getClaimValue("events"), equalTo(Map.of("http://schemas.openid.net/event/backchannel-logout",
                Map.of())));

        // a reader that follows no feed learns of the end from the logout token alone
        SessionJwtReader reader = SessionJwtReader.builder().jwks(at(ended, ".well-known/jwks.json"))
                .issuer("https://ended.example").build();
        assertThat(reader.verify(token) instanceof Verification.Valid, is(true));
        assertThat(reader.acceptLogoutToken(received, RECEIVER.toString()), equalTo(Optional.empty()));
        Verification verdict = reader.verify(token);
        assertThat(verdict.toString(), verdict instanceof Verification.Rejected rejected
                && rejected.reason() == TokenRejection.SESSION_ENDED, is(true));
    }

    @Test
    void noFeedWithAnHmacSecret(@ArquillianResource @OperateOnDeployment("secret") URL secret) {
        assertThat(get(at(secret, "ok")).status(), is(200));
        assertThat(get(at(secret, ".well-known/session-jwt-ended")).status(), is(404));
    }

    /** Checks the response and its signature with the application's JWK set, and returns the payload. */
    private static Map<String, Object> verifiedFeed(URL app, HttpResult response) throws Exception {
        assertThat(response.status(), is(200));
        assertThat(response.header("content-type").map(type -> type.split(";")[0]),
                equalTo(Optional.of("application/jwt")));
        return Tokens.parse(verified(app, response.body(), "session-jwt-ended+jwt"));
    }

    /** Checks a JWS's type and its signature with the application's JWK set, and returns its payload. */
    private static String verified(URL app, String compact, String type) throws Exception {
        JsonWebKeySet keys = new JsonWebKeySet(get(at(app, ".well-known/jwks.json")).body());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256"));
        jws.setCompactSerialization(compact);
        assertThat(jws.getHeader("typ"), equalTo(type));
        assertThat(jws.getKeyIdHeaderValue(), equalTo(KeyPairs.keyId(KEY.getPublic())));
        jws.setKey(keys.findJsonWebKey(jws.getKeyIdHeaderValue(), null, null, null).getKey());
        assertThat(jws.verifySignature(), is(true));
        return jws.getPayload();
    }

    @SuppressWarnings("unchecked")
    private static List<String> hashes(Map<String, Object> feed) {
        return ((List<List<Object>>) feed.get("ended")).stream().map(entry -> (String) entry.get(0)).toList();
    }

    private static String sessionId(String token) {
        return (String) claims(token).get("sk");
    }
}
