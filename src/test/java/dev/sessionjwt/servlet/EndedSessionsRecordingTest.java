package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.keys.TestKeys;
import jakarta.servlet.http.HttpSessionEvent;

/**
 * What goes into the log of the ended-sessions feed: a replaced id, an invalidated session, a session ended on a
 * thread without a request; not a session that expired when its tokens could no longer be valid. A token issued
 * before the application started is replaced on its session's next request. Nothing with an HMAC secret.
 */
class EndedSessionsRecordingTest {

    private static final String KEY = TestKeys.privatePem(TestKeys.ec("P-256"));

    private final FakeContainer container = new FakeContainer();

    private List<String> logged(RequestPath path) {
        return path.holder.endedSessions().feed(Optional.empty(), Optional.empty()).ended().stream()
                .map(EndedSessionsFeed.Entry::sessionHash).toList();
    }

    @Test
    void aReplacedIdAndAnInvalidatedSessionAreLogged() throws Exception {
        RequestPath path = new RequestPath(container, null, "session-jwt.key", KEY);
        container.liveSession("before", System.currentTimeMillis());
        container.liveSession("ending", System.currentTimeMillis());

        path.serve(request -> request.changeSessionId(), "JSESSIONID=" + path.token("before", Instant.now()));
        path.serve(request -> request.getSession(false).invalidate(), "JSESSIONID="
                + path.token("ending", Instant.now()));

        assertThat(logged(path), contains(EndedSessionsFeed.hash("before"), EndedSessionsFeed.hash("ending")));
    }

    @Test
    void aSessionEndedWithoutARequestIsLoggedUnlessItExpiredWithItsTokens() {
        RequestPath path = new RequestPath(container, null, "session-jwt.key", KEY);
        long longAgo = System.currentTimeMillis() - 3_600_000;

        container.listener.sessionDestroyed(new HttpSessionEvent(container.liveSession("expired", longAgo)));
        container.listener.sessionDestroyed(new HttpSessionEvent(container.liveSession("killed",
                System.currentTimeMillis())));

        assertThat(logged(path), contains(EndedSessionsFeed.hash("killed")));
    }

    @Test
    void anExpiredSessionWhoseTokensOutliveItsTimeoutIsLogged() {
        RequestPath path = new RequestPath(container, null, "session-jwt.key", KEY, "session-jwt.expires", "7200");

        container.listener.sessionDestroyed(new HttpSessionEvent(container.liveSession("expired",
                System.currentTimeMillis() - 3_600_000)));

        assertThat(logged(path), contains(EndedSessionsFeed.hash("expired")));
    }

    @Test
    void aTokenIssuedBeforeTheApplicationStartedIsReplacedOnItsSessionsNextRequest() throws Exception {
        RequestPath path = new RequestPath(container, null, "session-jwt.key", KEY);
        container.liveSession("survivor", System.currentTimeMillis());

        RequestPath.Served before = path.serve(request -> { },
                "JSESSIONID=" + path.token("survivor", Instant.now().minusSeconds(60)));
        RequestPath.Served current = path.serve(request -> { },
                "JSESSIONID=" + path.token("survivor", Instant.now()));

        assertThat(before.issuedToken(), is(notNullValue()));
        assertThat(path.verified(before.issuedToken()).sessionId(), is("survivor"));
        assertThat(path.holder.endedSessions().isDead(path.verified(before.issuedToken()).issuedAt()), is(false));
        assertThat(current.setCookies(), is(empty()));
    }

    @Test
    void withAnHmacSecretNothingIsLogged() throws Exception {
        RequestPath path = new RequestPath(container, null);
        container.liveSession("ending", System.currentTimeMillis());

        path.serve(request -> request.getSession(false).invalidate(), "JSESSIONID="
                + path.token("ending", Instant.now()));

        assertThat(path.holder.endedSessions(), is(nullValue()));
    }
}
