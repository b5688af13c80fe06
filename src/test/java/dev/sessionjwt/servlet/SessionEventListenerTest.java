package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.container.RetiredSessionIds;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;

/**
 * Unit tests of {@link SessionEventListener}: the token is written the moment a session is created or its id
 * changes, the cookie is deleted when the request's own session is invalidated, and events of other applications or
 * of a replicating container's copy are ignored.
 */
class SessionEventListenerTest {

    private final FakeContainer container = new FakeContainer();
    private final List<String> retiredIds = new ArrayList<>();
    private final RequestPath path = new RequestPath(container, RequestPath.retiredIn(retiredIds));

    @Test
    void newSessionGetsATokenForItsIdInTheSameResponse() throws Exception {
        HttpSession[] created = new HttpSession[1];

        RequestPath.Served served = path.serve(request -> created[0] = request.getSession(true));

        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.issuedToken(), is(notNullValue()));
        assertThat(path.verified(served.issuedToken()).sessionId(), is(created[0].getId()));
        assertThat(path.holder.counters().tokensIssued(), is(1L));
    }

    @Test
    void changedSessionIdGetsATokenForTheNewIdAndTheOldIdIsRetired() throws Exception {
        container.liveSession("before");
        String token = path.token("before", Instant.now());
        String[] after = new String[1];

        RequestPath.Served served = path.serve(request -> after[0] = request.changeSessionId(), "JSESSIONID=" + token);

        assertThat(after[0], is(not("before")));
        assertThat(path.verified(served.issuedToken()).sessionId(), is(after[0]));
        assertThat(retiredIds, contains("before"));
    }

    @Test
    void changedSessionIdWhoseOldIdTheClusterStoreRefusesEndsTheSessionAndTheOldTokenReachesNothingHere()
            throws Exception {
        RequestPath failing = new RequestPath(container, failingStore());
        container.liveSession("before");
        String token = failing.token("before", Instant.now());
        String[] after = new String[1];

        RequestPath.Served served = failing.serve(request -> after[0] = request.changeSessionId(),
                "JSESSIONID=" + token);

        assertThat("nothing lives on under the new id", container.sessions.containsKey(after[0]), is(false));
        assertThat(served.deletesCookie(), is(true));
        assertThat(served.issuedToken(), is(nullValue()));
        // a copy of the old id (as another node may still hold) is not reached from this node either
        container.liveSession("before");
        assertThat(failing.serve(request -> { }, "JSESSIONID=" + token).sessionSeen(), is(nullValue()));
    }

    /** A cluster store that refuses every write, as Hazelcast does when it cannot reach its members. */
    private static RetiredSessionIds failingStore() {
        return new RetiredSessionIds() {
            @Override
            public void retire(String sessionId, Duration retention) {
                throw new IllegalStateException("Hazelcast refused to record a retired session id");
            }

            @Override
            public boolean isRetired(String sessionId) {
                return false;
            }
        };
    }

    @Test
    void invalidatedSessionDeletesTheCookieRetiresTheIdAndForbidsCaching() throws Exception {
        container.liveSession("ending");
        String token = path.token("ending", Instant.now());

        RequestPath.Served served = path.serve(request -> request.getSession(false).invalidate(),
                "JSESSIONID=" + token);

        assertThat(served.deletesCookie(), is(true));
        assertThat(served.issuedToken(), is(nullValue()));
        assertThat(served.response().headers("Cache-Control"), contains("no-store"));
        assertThat(retiredIds, contains("ending"));
    }

    @Test
    void sessionOfAnotherApplicationDestroyedDuringTheRequestChangesNothing() throws Exception {
        container.liveSession("mine");
        String token = path.token("mine", Instant.now());

        RequestPath.Served served = path.serve(request -> container.listener.sessionDestroyed(
                new HttpSessionEvent(container.liveSession("expired-elsewhere"))), "JSESSIONID=" + token);

        assertThat(served.setCookies(), is(empty()));
        assertThat(retiredIds, is(empty()));
        assertThat(served.tokenAttribute(), is(token));
    }

    @Test
    void sessionLoadedWhileBindingIsACopyNotANewSessionAndGetsNoToken() throws Exception {
        container.liveSession("replicated");
        String token = path.token("replicated", Instant.now());
        RequestState state = new RequestState(container.context, container.request(new FakeResponse().proxy(), null),
                new FakeResponse().proxy(), path.holder.get().updates());
        state.setBinding(true);
        CurrentRequest.set(state);
        try {
            container.listener.sessionCreated(new HttpSessionEvent(container.sessions.get("replicated")));
        } finally {
            CurrentRequest.clear();
        }

        assertThat(state.pendingHeader(), is(nullValue()));
        assertThat(path.holder.counters().tokensIssued(), is(0L));
        assertThat(path.serve(request -> { }, "JSESSIONID=" + token).setCookies(), is(empty()));
    }
}
