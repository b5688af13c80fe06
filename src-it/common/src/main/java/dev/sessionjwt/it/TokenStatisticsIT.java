package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.TabularData;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;

/**
 * The token counters and the verified-token cache in the real server, read over JMX (the embedded server's
 * in the test JVM, WildFly's over its management port): repeated requests with a session's own token are recognized from the session's memory,
 * still bind the session and sign nothing; a valid token the session does not remember is verified once and then
 * served from the cache; a rejected token is counted by reason and never cached; cache size 0 verifies in full.
 */
class TokenStatisticsIT extends IntegrationTestBase {

    private static final MBeanServerConnection JMX = ServerUnderTest.current().mbeanServer();
    private static final int REQUESTS = 100;
    private static final String CACHED_KEY = randomSecret();
    private static final String UNCACHED_KEY = randomSecret();

    @Deployment(name = "cached", testable = false)
    static WebArchive cached() {
        return probeWar("cached", Map.of("session-jwt.key", "secret:" + CACHED_KEY));
    }

    @Deployment(name = "uncached", testable = false)
    static WebArchive uncached() {
        return probeWar("uncached", Map.of("session-jwt.key", "secret:" + UNCACHED_KEY, "session-jwt.cache-size", "0"));
    }

    @Test
    void steadyStateRequestsAreRecognizedFromTheSessionThenBindItAndSignNothing(
            @ArquillianResource @OperateOnDeployment("cached") URL cached) throws JMException, IOException {
        Counts before = Counts.of("/cached");
        String token = cookieValue(get(at(cached, "probe/create-flush")), "JSESSIONID");
        Counts created = Counts.of("/cached");

        for (int i = 0; i < REQUESTS; i++) {
            HttpResult result = get(at(cached, "probe/session"), cookie("JSESSIONID", token));
            assertThat(result.body(), startsWith("session=" + claims(token).get("sk") + "\n"));
            assertThat(result.setCookies("JSESSIONID"), is(empty()));
        }
        Counts after = Counts.of("/cached");

        assertThat(created.issued - before.issued, is(1L));
        assertThat(after.issued - created.issued, is(0L));
        assertThat(after.recognized - created.recognized, is((long) REQUESTS));
        assertThat(after.misses - created.misses, is(0L));
        assertThat(after.verified - created.verified, is(0L));
        assertThat(after.hits - created.hits, is(0L));
        assertThat(after.cacheCapacity, is(4096));
    }

    @Test
    void validTokenItsSessionDoesNotRememberIsVerifiedOnceThenServedFromTheCache(
            @ArquillianResource @OperateOnDeployment("cached") URL cached) throws JMException, IOException {
        String token = unremembered(cached, CACHED_KEY);
        Counts before = Counts.of("/cached");

        for (int i = 0; i < REQUESTS; i++) {
            HttpResult result = get(at(cached, "probe/session"), cookie("JSESSIONID", token));
            assertThat(result.body(), startsWith("session=" + claims(token).get("sk") + "\n"));
        }
        Counts after = Counts.of("/cached");

        assertThat(after.misses - before.misses, is(1L));
        assertThat(after.verified - before.verified, is(1L));
        assertThat(after.hits - before.hits, is((long) REQUESTS - 1));
        assertThat(after.recognized - before.recognized, is(0L));
        assertThat(after.cacheSize, is(greaterThanOrEqualTo(1)));
    }

    @Test
    void rejectedTokenIsCountedByReasonAndNeverCached(@ArquillianResource @OperateOnDeployment("cached") URL cached)
            throws JMException, IOException {
        String token = cookieValue(get(at(cached, "probe/create-flush")), "JSESSIONID");
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.charAt(token.length() - 1);
        Counts before = Counts.of("/cached");

        for (int i = 0; i < 3; i++) {
            assertThat(get(at(cached, "probe/session"), cookie("JSESSIONID", tampered)).body(),
                    startsWith("session=none"));
        }
        Counts after = Counts.of("/cached");

        assertThat(after.badSignature - before.badSignature, is(3L));
        assertThat(after.rejected - before.rejected, is(3L));
        assertThat(after.misses - before.misses, is(3L));
        assertThat(after.hits - before.hits, is(0L));
        assertThat(after.cacheSize, is(before.cacheSize));
    }

    @Test
    void cacheSizeZeroVerifiesEveryUnrememberedTokenInFull(
            @ArquillianResource @OperateOnDeployment("uncached") URL uncached) throws JMException, IOException {
        String token = unremembered(uncached, UNCACHED_KEY);
        Counts before = Counts.of("/uncached");

        for (int i = 0; i < 5; i++) {
            assertThat(get(at(uncached, "probe/session"), cookie("JSESSIONID", token)).body(),
                    startsWith("session=" + claims(token).get("sk") + "\n"));
        }
        Counts after = Counts.of("/uncached");

        assertThat(after.verified - before.verified, is(5L));
        assertThat(after.hits, is(0L));
        assertThat(after.misses, is(0L));
        assertThat(after.cacheSize, is(0));
        assertThat(after.cacheCapacity, is(0));
    }

    /** A valid token for a new live session that the application signed with its key but never issued to it. */
    private static String unremembered(URL app, String secret) throws IOException {
        String issued = cookieValue(get(at(app, "probe/create-flush")), "JSESSIONID");
        Map<String, Object> claims = new LinkedHashMap<>(claims(issued));
        claims.put("jti", "signed-by-the-test");
        return Tokens.sign(KeyPairs.hmac(secret), "HS256", KeyPairs.keyId(KeyPairs.hmac(secret)), claims);
    }

    @Test
    void countsAreLoggedOnDemand(@ArquillianResource @OperateOnDeployment("cached") URL cached) throws JMException, IOException {
        get(at(cached, "probe/create-flush"));

        try (LogCapture log = LogCapture.start()) {
            JMX.invoke(Counts.name("/cached"), "logCounts", new Object[0], new String[0]);
            assertThat(log.messages().stream().filter(m -> m.startsWith("SJWT0061: session-jwt token counts for"
                    + " /cached: verified=")).toList(), hasSize(1));
        }
    }

    private static WebArchive probeWar(String name, Map<String, String> config) {
        return withConfig(webArchive(name).addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class), config);
    }

    /** The statistics MXBean's attributes of one application at one moment. */
    private record Counts(long recognized, long verified, long hits, long misses, long issued, long rejected, long badSignature,
                          int cacheSize, int cacheCapacity) {

        static ObjectName name(String contextPath) throws JMException, IOException {
            return new ObjectName("dev.sessionjwt:type=TokenStatistics,context=" + contextPath);
        }

        static Counts of(String contextPath) throws JMException, IOException {
            ObjectName name = name(contextPath);
            TabularData byReason = (TabularData) JMX.getAttribute(name, "RejectedByReason");
            return new Counts((Long) JMX.getAttribute(name, "TokensRecognized"), (Long) JMX.getAttribute(name, "TokensVerified"), (Long) JMX.getAttribute(name, "CacheHits"),
                    (Long) JMX.getAttribute(name, "CacheMisses"), (Long) JMX.getAttribute(name, "TokensIssued"),
                    (Long) JMX.getAttribute(name, "TokensRejected"),
                    (Long) byReason.get(new Object[] {"BAD_SIGNATURE"}).get("value"),
                    (Integer) JMX.getAttribute(name, "CacheSize"), (Integer) JMX.getAttribute(name, "CacheCapacity"));
        }
    }
}
