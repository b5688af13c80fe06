package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.security.KeyPair;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rotation without logging anyone out: the application signs with a new ES256 key and still accepts its
 * previous RSA key and its previous HMAC secret (session-jwt.verification-keys); a token of an old key keeps its
 * session and is re-issued with the current kid in the same response; a token of a removed key reaches no session.
 */
class KeyRotationIT extends IntegrationTestBase {

    private static final KeyPair CURRENT = KeyPairs.generate("EC", 256);
    private static final KeyPair PREVIOUS = KeyPairs.generate("RSA", 2048);
    private static final KeyPair REMOVED = KeyPairs.generate("EC", 256);
    private static final String PREVIOUS_SECRET = randomSecret();

    @ArquillianResource
    private URL app;

    private String token;
    private String sessionId;

    @Deployment(testable = false)
    static WebArchive rotated() {
        return withConfig(webArchive("rotated").addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view")
                        .addAsResource(new StringAsset(KeyPairs.privatePem(CURRENT)), "keys/session-2025.pem")
                        .addAsResource(new StringAsset(KeyPairs.publicPem(PREVIOUS)), "keys/session-2024.pub.pem"),
                Map.of("session-jwt.key", "classpath:keys/session-2025.pem",
                        "session-jwt.verification-keys", "classpath:keys/session-2024.pub.pem, secret:" + PREVIOUS_SECRET));
    }

    @BeforeEach
    void liveSession() {
        HttpResult created = post(at(app, "api/counter"), "");
        token = cookieValue(created, "JSESSIONID");
        sessionId = (String) parse(created.body()).get("sessionId");
        assertThat(Tokens.header(token).get("kid"), equalTo(KeyPairs.keyId(CURRENT.getPublic())));
    }

    @Test
    void tokenOfThePreviousRsaKeyKeepsItsSessionAndIsReissuedWithTheCurrentKey() {
        String old = Tokens.sign(PREVIOUS.getPrivate(), "RS256", KeyPairs.keyId(PREVIOUS.getPublic()), claims(token));

        assertReissuedOnTheSameSession(old);
    }

    @Test
    void tokenOfThePreviousHmacSecretKeepsItsSessionAndIsReissued() {
        String old = Tokens.sign(KeyPairs.hmac(PREVIOUS_SECRET), "HS256", KeyPairs.keyId(KeyPairs.hmac(PREVIOUS_SECRET)),
                claims(token));

        assertReissuedOnTheSameSession(old);
    }

    @Test
    void tokenWithoutKidFromBeforeKeyIdsIsReissuedWithOne() {
        assertReissuedOnTheSameSession(Tokens.sign(CURRENT.getPrivate(), "ES256", null, claims(token)));
    }

    @Test
    void tokenOfARemovedKeyReachesNoSessionAndIsDeleted() {
        String removed = Tokens.sign(REMOVED.getPrivate(), "ES256", KeyPairs.keyId(REMOVED.getPublic()), claims(token));

        HttpResult result = get(at(app, "api/session?create=false"), cookie("JSESSIONID", removed));

        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        assertThat("the live session is untouched", counterWith(token), equalTo(1L));
    }

    @Test
    void kidOfThePreviousKeyWithTheCurrentKeysSignatureReachesNoSession() {
        String confused = Tokens.sign(CURRENT.getPrivate(), "ES256", KeyPairs.keyId(PREVIOUS.getPublic()), claims(token));

        HttpResult result = get(at(app, "api/session?create=false"), cookie("JSESSIONID", confused));

        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
    }

    private void assertReissuedOnTheSameSession(String oldToken) {
        HttpResult result = post(at(app, "api/counter"), "", cookie("JSESSIONID", oldToken));

        assertThat(parse(result.body()).get("sessionId"), equalTo(sessionId));
        assertThat(parse(result.body()).get("counter"), equalTo(2L));
        String renewed = cookieValue(result, "JSESSIONID");
        assertThat(Tokens.header(renewed), equalTo(Map.of("alg", "ES256", "kid", KeyPairs.keyId(CURRENT.getPublic()),
                "typ", "JWT")));
        assertThat(claims(renewed).get("sk"), equalTo(sessionId));

        HttpResult next = post(at(app, "api/counter"), "", cookie("JSESSIONID", renewed));
        assertThat(parse(next.body()).get("counter"), equalTo(3L));
        assertThat("a token of the current key is not re-issued again", next.setCookies(), is(empty()));
    }

    private long counterWith(String cookieValue) {
        return (Long) parse(get(at(app, "api/session?create=false"), cookie("JSESSIONID", cookieValue)).body())
                .get("counter");
    }
}
