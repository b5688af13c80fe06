package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.SessionToken;

/**
 * Unit tests of {@link CallerTrackingRequest}, the request the application gets behind the library's filter: a
 * programmatic login or logout re-issues the token for the new caller at once, after rotating the session id unless
 * {@code session-jwt.rotate-on-login=false}.
 */
class CallerTrackingRequestTest {

    private final FakeContainer container = new FakeContainer();

    @Test
    void loginRotatesTheSessionIdAndTheResponseCarriesTheCallersToken() throws Exception {
        RequestPath path = new RequestPath(container, null);
        container.liveSession("before-login");

        RequestPath.Served served = path.serve(request -> request.login("alice", "alice-password"),
                "JSESSIONID=" + path.token("before-login", Instant.now()));

        SessionToken issued = path.verified(served.issuedToken());
        assertThat(issued.sessionId(), is(not("before-login")));
        assertThat(issued.claims().get("sub"), is("alice"));
        assertThat(served.tokenAttribute(), is(served.issuedToken()));
    }

    @Test
    void loginWithoutRotationKeepsTheIdAndStillIssuesTheCallersToken() throws Exception {
        RequestPath path = new RequestPath(container, null, "session-jwt.rotate-on-login", "false");
        container.liveSession("kept");

        RequestPath.Served served = path.serve(request -> request.login("alice", "alice-password"),
                "JSESSIONID=" + path.token("kept", Instant.now()));

        SessionToken issued = path.verified(served.issuedToken());
        assertThat(issued.sessionId(), is("kept"));
        assertThat(issued.claims().get("sub"), is("alice"));
    }

    @Test
    void logoutWithoutInvalidationRotatesAndIssuesATokenWithoutTheCaller() throws Exception {
        RequestPath path = new RequestPath(container, null);
        String signedIn = path.serve(() -> "alice", request -> request.getSession(true)).issuedToken();
        String aliceSession = path.verified(signedIn).sessionId();

        RequestPath.Served served = path.serve(() -> "alice", request -> request.logout(), "JSESSIONID=" + signedIn);

        SessionToken issued = path.verified(served.issuedToken());
        assertThat(issued.sessionId(), is(not(aliceSession)));
        assertThat(issued.claims(), not(hasKey("sub")));
    }

    @Test
    void authenticateOfAnAlreadyKnownCallerIssuesNothing() throws Exception {
        RequestPath path = new RequestPath(container, null);
        String signedIn = path.serve(() -> "alice", request -> request.getSession(true)).issuedToken();
        assertThat(signedIn, is(notNullValue()));

        RequestPath.Served served = path.serve(() -> "alice", request -> request.authenticate(null),
                "JSESSIONID=" + signedIn);

        assertThat(served.setCookies().isEmpty(), is(true));
        assertThat(path.verified(served.tokenAttribute()).claims().get("sub"), is("alice"));
    }
}
