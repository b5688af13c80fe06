package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * Unit tests of {@link CookieCommitFilter}: a cookie decided before the response was known is written when the filter
 * sees it, a login by a mechanism that ran before the filter rotates the session and re-issues the token, and the
 * application sees a request that tracks programmatic logins. (A request the listener did not admit: {@link FailClosedTest}.)
 */
class CookieCommitFilterTest {

    private final FakeContainer container = new FakeContainer();
    private final RequestPath path = new RequestPath(container, null);

    @Test
    void cookieDecidedBeforeTheResponseWasKnownIsWrittenByTheFilter() throws Exception {
        container.knowsResponse = false;
        container.liveSession("alice-session");
        String halfLived = path.token("alice-session", Instant.now().minus(Duration.ofMinutes(20)));

        RequestPath.Served served = path.serve(request -> { }, "JSESSIONID=" + halfLived);

        assertThat(served.issuedToken(), is(notNullValue()));
        assertThat(path.verified(served.issuedToken()).sessionId(), is("alice-session"));
    }

    @Test
    void cookieRemovedFromTheResponseByTheApplicationIsPutBackAfterTheChain() throws Exception {
        RequestPath.Served served = path.serve(request -> {
            request.getSession(true);
            path.currentResponse().clear();
        });

        assertThat(served.setCookies(), hasSize(1));
        assertThat(served.issuedToken(), is(notNullValue()));
    }

    @Test
    void sessionCreatedAfterTheResponseWasCommittedSetsNoCookie() throws Exception {
        RequestPath.Served served = path.serve(request -> {
            path.currentResponse().commit();
            request.getSession(true);
        });

        assertThat(served.setCookies(), is(empty()));
    }

    @Test
    void loginByAMechanismBeforeTheFilterRotatesTheSessionAndIssuesATokenWithTheCaller() throws Exception {
        container.liveSession("anonymous-session");
        String token = path.token("anonymous-session", Instant.now());

        RequestPath.Served served = path.serve(() -> "alice", request -> { }, "JSESSIONID=" + token);

        String issued = served.issuedToken();
        assertThat(issued, is(notNullValue()));
        assertThat(path.verified(issued).sessionId(), is(not("anonymous-session")));
        assertThat(path.verified(issued).claims().get("sub"), is("alice"));
        assertThat(container.sessions.keySet(), contains(path.verified(issued).sessionId()));
    }
}
