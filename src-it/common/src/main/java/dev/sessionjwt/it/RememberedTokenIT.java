package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.MemoryProbeServlet;

/**
 * The fast path in the real server: a session's own token is recognized from the session's memory, with no
 * signature check; a forged token naming the live session (wrong signature) reaches no session, does not touch
 * it (its last-access time stays, as Catalina's {@code Request.getSession} would have moved it through
 * {@code Session.access()}) and does not disturb what it remembers; the token of a replaced id stays dead; two
 * valid tokens of one session both work. The same on every server: each built-in adapter reads the session's memory
 * without touching the session (on WildFly from Undertow's in-memory session manager, on Open Liberty from its memory
 * store), so the library keeps no copy of it ({@code SessionMemoryCopies} 0), and the counters show no signature check
 * for a steady-state request.
 */
class RememberedTokenIT extends IntegrationTestBase {

    private static final MBeanServerConnection JMX = ServerUnderTest.current().mbeanServer();
    private static final String SECRET = randomSecret();

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive memory() {
        return withConfig(webArchive("memory").addClasses(MemoryProbeServlet.class),
                Map.of("session-jwt.key", "secret:" + SECRET));
    }

    @Test
    void theSessionsOwnTokenIsRecognizedWithoutASignatureCheck() throws JMException, IOException {
        String token = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        long recognized = counter("TokensRecognized");
        long verified = counter("TokensVerified");

        for (int i = 0; i < 5; i++) {
            assertThat(describe(token).get("session"), equalTo(claims(token).get("sk")));
        }

        assertThat(counter("TokensRecognized") - recognized, is(5L));
        assertThat(counter("TokensVerified") - verified, is(0L));
        assertThat("the memory was read from the session itself: the library keeps no copy of it",
                JMX.getAttribute(statistics(), "SessionMemoryCopies"), is((Object) 0));
        assertThat("the claims of a recognized token read as after full verification",
                describe(token).get("jti"), equalTo(claims(token).get("jti")));
    }

    @Test
    void forgedTokenNamingALiveSessionNeitherBindsNorTouchesItNorDisturbsItsMemory() throws Exception {
        String token = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);
        Map<String, String> before = describe(token);
        Thread.sleep(20); // the forged requests start well after 'before' ended (Tomcat stamps the access at its end)
        long forgedFrom = System.currentTimeMillis();
        long rejected = counter("TokensRejected");

        for (int i = 0; i < 3; i++) {
            assertThat(describe(forged).get("session"), equalTo("none"));
        }
        long recognized = counter("TokensRecognized");
        Map<String, String> after = describe(token);

        assertThat(counter("TokensRejected") - rejected, is(3L));
        assertThat("the session's own token is still recognized", counter("TokensRecognized") - recognized, is(1L));
        assertThat(after.get("session"), equalTo(before.get("session")));
        assertThat("no forged request touched the session: its last access is still the request before",
                Long.parseLong(after.get("lastAccessed")), lessThan(forgedFrom));
    }

    @Test
    void aBoundRequestDoesMoveTheLastAccessTimeWhichIsWhatTheForgedTokenTestRelies() throws Exception {
        String token = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        Map<String, String> before = describe(token);
        Thread.sleep(20);

        describe(token);
        Map<String, String> after = describe(token);

        assertThat(Long.parseLong(after.get("lastAccessed")), greaterThan(Long.parseLong(before.get("now"))));
    }

    @Test
    void tokenOfAReplacedSessionIdStaysDead() {
        String token = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        HttpResult rotated = get(at(app, "memory/rotate"), cookie("JSESSIONID", token));
        String renewed = cookieValue(rotated, "JSESSIONID");

        assertThat(claims(renewed).get("sk"), not(equalTo(claims(token).get("sk"))));
        assertThat(describe(token).get("session"), equalTo("none"));
        assertThat(describe(renewed).get("session"), equalTo(claims(renewed).get("sk")));
    }

    @Test
    void twoValidTokensOfOneSessionBothWorkTheRememberedOnesWithoutASignatureCheck() throws JMException, IOException {
        String first = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        String second = cookieValue(get(at(app, "memory/refresh"), cookie("JSESSIONID", first)), "JSESSIONID");
        String third = cookieValue(get(at(app, "memory/refresh"), cookie("JSESSIONID", second)), "JSESSIONID");
        String session = (String) claims(first).get("sk");
        long recognized = counter("TokensRecognized");
        long verified = counter("TokensVerified") + counter("CacheHits");

        assertThat(describe(third).get("session"), equalTo(session));
        assertThat(describe(second).get("session"), equalTo(session));
        assertThat(counter("TokensRecognized") - recognized, is(2L));
        assertThat("the oldest is no longer remembered but still valid: verified in full",
                describe(first).get("session"), equalTo(session));
        assertThat(counter("TokensVerified") + counter("CacheHits") - verified, is(1L));
    }

    @Test
    void validTokenTheSessionNeverSawIsVerifiedInFullAndDoesNotReplaceWhatItRemembers() throws JMException, IOException {
        String token = cookieValue(get(at(app, "memory/create")), "JSESSIONID");
        Map<String, Object> claims = new LinkedHashMap<>(claims(token));
        claims.put("jti", "made-by-the-test");
        String other = Tokens.sign(KeyPairs.hmac(SECRET), "HS256", KeyPairs.keyId(KeyPairs.hmac(SECRET)), claims);
        long recognized = counter("TokensRecognized");

        assertThat(describe(other).get("session"), equalTo(claims.get("sk")));
        assertThat(describe(token).get("session"), equalTo(claims.get("sk")));
        assertThat(counter("TokensRecognized") - recognized, is(1L));
    }

    private Map<String, String> describe(String token) {
        HttpResult result = get(at(app, "memory/describe"), cookie("JSESSIONID", token));
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : result.body().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return fields;
    }

    private static long counter(String attribute) throws JMException, IOException {
        return (Long) JMX.getAttribute(statistics(), attribute);
    }

    private static ObjectName statistics() throws JMException {
        return new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/memory");
    }
}
