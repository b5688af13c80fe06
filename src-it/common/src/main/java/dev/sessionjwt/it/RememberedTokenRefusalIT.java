package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.servlet.PlantedMemoryServlet;

/**
 * What the fast path must refuse, in the real server: a token of a key removed from the ring stays dead even when its
 * session remembers it (a session kept across a redeploy or replicated from a node with the old ring); a token of a
 * session id that a login replaced, or of a session that was invalidated, reaches no session and binds nobody, not
 * even a session created by the same request; a flood of forged tokens naming a live session binds nothing, leaves
 * what the session remembers as it was and evicts nothing from a small verified-token cache. The same on every server
 * (on WildFly and Open Liberty read from their in-memory session stores). A request carrying hundreds of forged values
 * is judged by its first four distinct ones and answered as an anonymous request. A session's memory of a token holds
 * the key that signed it: once that key is replaced under the same {@code kid}, the token is verified in full again.
 */
class RememberedTokenRefusalIT extends IntegrationTestBase {

    private static final MBeanServerConnection JMX = ServerUnderTest.current().mbeanServer();
    private static final KeyPair CURRENT = KeyPairs.generate("EC", 256);
    private static final KeyPair PREVIOUS = KeyPairs.generate("EC", 256);
    private static final KeyPair REMOVED = KeyPairs.generate("EC", 256);
    /** The key the previous key replaced under the same kid: its tokens must not outlive the replacement. */
    private static final KeyPair REPLACED = KeyPairs.generate("EC", 256);
    private static final String ES256 = "ES256";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ArquillianResource
    private URL app;

    private String token;
    private String sessionId;

    @Deployment(testable = false)
    static WebArchive refusals() {
        return withConfig(webArchive("refusals").addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view")
                        .addClass(PlantedMemoryServlet.class)
                        .addAsResource(new StringAsset(KeyPairs.privatePem(CURRENT)), "keys/current.pem")
                        .addAsResource(new StringAsset(KeyPairs.publicPem(PREVIOUS)), "keys/previous.pub.pem"),
                Map.of("session-jwt.key", "classpath:keys/current.pem",
                        "session-jwt.verification-keys", "classpath:keys/previous.pub.pem",
                        "session-jwt.cache-size", "16"));
    }

    @BeforeEach
    void liveSession() {
        HttpResult created = post(at(app, "api/counter"), "");
        token = cookieValue(created, "JSESSIONID");
        sessionId = (String) parse(created.body()).get("sessionId");
        assertThat(claims(token).get("sk"), equalTo(sessionId));
    }

    @Test
    void tokenOfAKeyRemovedFromTheRingStaysDeadThoughItsSessionRemembersIt() throws JMException, IOException {
        String removed = signedLikeTheSessionsToken(REMOVED, "of-a-removed-key");
        plant(removed);
        long recognized = counter("TokensRecognized");
        long rejected = counter("TokensRejected");

        HttpResult result = get(at(app, "api/session?create=false"), cookie("JSESSIONID", removed));

        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        assertThat(counter("TokensRecognized") - recognized, is(0L));
        assertThat(counter("TokensRejected") - rejected, is(1L));
        assertThat("the session and its own token are untouched", counterWith(token), equalTo(1L));
    }

    @Test
    void tokenOfAKeyReplacedUnderTheSameKidIsVerifiedInFullThoughItsSessionRemembersIt()
            throws JMException, IOException {
        Map<String, Object> claims = new LinkedHashMap<>(claims(token));
        claims.put("jti", "of-a-replaced-key");
        String replaced = Tokens.sign(REPLACED.getPrivate(), ES256, KeyPairs.keyId(PREVIOUS.getPublic()), claims);
        HttpResult planted = post(at(app, "plant"), "token=" + URLEncoder.encode(replaced, StandardCharsets.UTF_8)
                + "&boundToPublicKey=" + URLEncoder.encode(KeyPairs.publicPem(REPLACED), StandardCharsets.UTF_8),
                cookie("JSESSIONID", token));
        assertThat(planted.body(), planted.status(), is(200));
        long recognized = counter("TokensRecognized");
        long rejected = counter("TokensRejected");

        HttpResult result = get(at(app, "api/session?create=false"), cookie("JSESSIONID", replaced));

        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        assertThat("the memory is bound to the replaced key", counter("TokensRecognized") - recognized, is(0L));
        assertThat("full verification with the key now under that kid", counter("TokensRejected") - rejected, is(1L));
        assertThat("the session and its own token are untouched", counterWith(token), equalTo(1L));
    }

    @Test
    void rememberedTokenOfAVerificationKeyStillInTheRingIsRecognizedAndReissuedWithTheCurrentKey()
            throws JMException, IOException {
        String previous = signedLikeTheSessionsToken(PREVIOUS, "of-the-previous-key");
        plant(previous);
        long recognized = counter("TokensRecognized");
        long verified = counter("TokensVerified");

        HttpResult result = post(at(app, "api/counter"), "", cookie("JSESSIONID", previous));

        assertThat(parse(result.body()).get("sessionId"), equalTo(sessionId));
        assertThat(parse(result.body()).get("counter"), equalTo(2L));
        assertThat("the planted memory is what recognized it", counter("TokensRecognized") - recognized,
                is(1L));
        assertThat(counter("TokensVerified") - verified, is(0L));
        assertThat(Tokens.header(cookieValue(result, "JSESSIONID")).get("kid"),
                equalTo(KeyPairs.keyId(CURRENT.getPublic())));
    }

    @Test
    void tokenOfTheIdALoginReplacedReachesNoSessionAndBindsNobody() throws JMException, IOException {
        HttpResult login = post(at(app, "api/login"), "username=alice&password=alice-password",
                cookie("JSESSIONID", token));
        String signedIn = cookieValue(login, "JSESSIONID");
        String replacement = (String) claims(signedIn).get("sk");
        assertThat(replacement, not(equalTo(sessionId)));
        long recognized = counter("TokensRecognized");

        assertThat(parse(get(at(app, "api/session?create=false"), cookie("JSESSIONID", token)).body())
                .get("sessionId"), is((Object) null));
        assertThat(get(at(app, "api/me"), cookie("JSESSIONID", token)).status(), is(401));
        assertThat(counter("TokensRecognized") - recognized, is(0L));
        assertNewSessionOfItsOwn(post(at(app, "api/counter"), "", cookie("JSESSIONID", token)), replacement);

        assertThat(get(at(app, "api/me"), cookie("JSESSIONID", signedIn)).status(), is(200));
        assertThat(counterWith(signedIn), equalTo(1L));
    }

    @Test
    void tokenOfAnInvalidatedSessionReachesNoSessionAndBindsNobody() throws JMException, IOException {
        HttpResult logout = post(at(app, "api/logout"), "", cookie("JSESSIONID", token));
        assertThat(logout.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        long recognized = counter("TokensRecognized");

        assertThat(parse(get(at(app, "api/session?create=false"), cookie("JSESSIONID", token)).body())
                .get("sessionId"), is((Object) null));
        assertThat(counter("TokensRecognized") - recognized, is(0L));
        assertNewSessionOfItsOwn(post(at(app, "api/counter"), "", cookie("JSESSIONID", token)), sessionId);
    }

    @Test
    void floodOfForgedTokensNamingALiveSessionBindsNothingAndDisturbsNeitherItsMemoryNorTheCache()
            throws JMException, IOException {
        assertThat(counterWith(token), equalTo(1L));
        String jti = (String) claims(token).get("jti");
        assertThat(memoryOf(token), equalTo("jti=" + jti + "\nremembers=true\n"));
        String signingInput = token.substring(0, token.lastIndexOf('.') + 1);
        long rejected = counter("TokensRejected");
        long recognized = counter("TokensRecognized");
        long hits = counter("CacheHits");

        for (int i = 0; i < 40; i++) { // more distinct values than the 16 entries of the cache, twice over
            byte[] signature = new byte[64];
            RANDOM.nextBytes(signature);
            assertNoSession(signingInput + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
            assertNoSession(signedLikeTheSessionsToken(REMOVED, "forged-" + i));
        }

        assertThat(counter("TokensRejected") - rejected, is(80L));
        assertThat(counter("TokensRecognized") - recognized, is(0L));
        assertThat(counterWith(token), equalTo(1L));
        assertThat("the session's own token is still recognized", counter("TokensRecognized") - recognized, is(1L));
        assertThat("and needed no cache", counter("CacheHits") - hits, is(0L));
        assertThat(memoryOf(token), equalTo("jti=" + jti + "\nremembers=true\n"));
    }

    @Test
    void hundredsOfForgedValuesInOneRequestAreJudgedByTheFirstFourAndGetAnOrdinaryAnonymousAnswer()
            throws JMException, IOException {
        String[] cookies = new String[250]; // short values: the whole header stays under every server's 8 KB limit
        for (int i = 0; i < cookies.length; i++) {
            cookies[i] = cookie("JSESSIONID", "forged" + i + ".e30.c2ln");
        }
        long rejected = counter("TokensRejected");

        HttpResult result = get(at(app, "api/session?create=false"), cookies);

        assertThat(result.status(), is(200));
        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        assertThat("only the first four distinct values are verified", counter("TokensRejected") - rejected, is(4L));
        assertThat("the live session is untouched", counterWith(token), equalTo(1L));
    }

    private void assertNoSession(String forged) {
        HttpResult result = get(at(app, "api/session?create=false"), cookie("JSESSIONID", forged));
        assertThat(result.status(), is(200));
        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
    }

    /** A request with a dead token that creates a session gets a new one, with a new id and a token for it. */
    private void assertNewSessionOfItsOwn(HttpResult result, String replaced) {
        Map<String, Object> body = parse(result.body());
        assertThat(body.get("sessionId"), notNullValue());
        assertThat(body.get("sessionId"), not(oneOf(sessionId, replaced)));
        assertThat(body.get("counter"), equalTo(1L));
        assertThat(claims(cookieValue(result, "JSESSIONID")).get("sk"), equalTo(body.get("sessionId")));
    }

    /** The session token's claims under another jti, signed with the given key and its kid, as the issuer writes them. */
    private String signedLikeTheSessionsToken(KeyPair key, String jti) {
        Map<String, Object> claims = new LinkedHashMap<>(claims(token));
        claims.put("jti", jti);
        return Tokens.sign(key.getPrivate(), ES256, KeyPairs.keyId(key.getPublic()), claims);
    }

    private void plant(String remembered) {
        HttpResult planted = post(at(app, "plant"), "token=" + URLEncoder.encode(remembered, StandardCharsets.UTF_8),
                cookie("JSESSIONID", token));
        assertThat(planted.body(), planted.status(), is(200));
    }

    private String memoryOf(String cookieValue) {
        return get(at(app, "plant"), cookie("JSESSIONID", cookieValue)).body();
    }

    private long counterWith(String cookieValue) {
        Object counter = parse(get(at(app, "api/session?create=false"), cookie("JSESSIONID", cookieValue)).body())
                .get("counter");
        assertThat(counter, notNullValue());
        return (Long) counter;
    }

    private static long counter(String attribute) throws JMException, IOException {
        Object value = JMX.getAttribute(new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/refusals"),
                attribute);
        assertThat(attribute, value, notNullValue());
        return (Long) value;
    }
}
