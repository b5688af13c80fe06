package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.discovery.EndedSessions;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.TestKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@link EndedSessionsServlet} when the record behind it fails (on a distributable application the cluster's store,
 * for example a member leaving): the reader gets a 503 with {@code Retry-After} and nothing cacheable, never a 500,
 * with and without a cursor.
 */
class EndedSessionsServletTest {

    /** A record whose store throws on every read, as a Hazelcast map of a shutting-down member does. */
    private static final EndedSessions BROKEN_STORE = new EndedSessions() {
        @Override
        public boolean ended(String sessionId, Duration validity) {
            throw new IllegalStateException("store gone");
        }

        @Override
        public int maxEntries() {
            return 1;
        }

        @Override
        public long deadBefore() {
            return 0;
        }

        @Override
        public String version() {
            throw new IllegalStateException("store gone");
        }

        @Override
        public EndedSessionsFeed feed(Optional<EndedSessionsFeed.Cursor> since, Optional<String> issuer) {
            throw new IllegalStateException("store gone");
        }
    };

    private final Map<String, String> headers = new HashMap<>();
    private int status = 200;

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "sendError" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletRequest request(String since) {
        return (HttpServletRequest) Proxy.newProxyInstance(EndedSessionsServletTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getParameter" -> "since".equals(args[0]) ? since : null;
                    case "getHeader" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aStoreThatFailsIsAnswered503WithRetryAfterAndNothingCacheable() throws Exception {
        for (String since : new String[] {null, "k3Jf9aQx.1042"}) {
            headers.clear();
            status = 200;
            EndedSessionsServlet servlet = new EndedSessionsServlet(BROKEN_STORE,
                    TestKeys.jwtKey(JwsAlgorithm.ES256), new TokenParties(Optional.empty(),
                            Optional.empty()), Duration.ofSeconds(5));

            servlet.doGet(request(since), response());

            assertThat("since=" + since, status, is(503));
            assertThat(headers.get("Retry-After"), is("5"));
            assertThat(headers.get("Cache-Control"), is("no-store"));
        }
    }
}
