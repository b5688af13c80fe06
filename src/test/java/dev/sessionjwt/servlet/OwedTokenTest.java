package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletResponse;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.token.SessionToken;

/**
 * At most one signature per response: while the application has not reached for the output, a token decided for the
 * session (a new session, a new id, a new caller) is owed, a later decision replaces it, and the end of the session
 * cancels it; the response carries exactly the last one. The counts are the library's own ({@code TokensIssued}).
 */
class OwedTokenTest {

    private final FakeContainer container = new FakeContainer();
    private final RequestPath path = new RequestPath(container, null);

    @Test
    void aLoginAndAFurtherIdChangeSignOnceForTheLastId() throws Exception {
        container.liveSession("before-login");
        String[] lastId = new String[1];
        long issued = issued();

        RequestPath.Served served = path.serve(request -> {
            request.login("alice", "alice-password"); // the library changes the id
            lastId[0] = request.changeSessionId();     // and the container again, as Catalina's register does
        }, "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(issued() - issued, is(1L));
        assertThat(served.setCookies(), hasSize(1));
        SessionToken token = path.verified(served.issuedToken());
        assertThat(token.sessionId(), is(lastId[0]));
        assertThat(token.claims().get("sub"), is("alice"));
    }

    @Test
    void aNewSessionWhoseIdChangesAtOnceSignsOnce() throws Exception {
        String[] lastId = new String[1];
        long issued = issued();

        RequestPath.Served served = path.serve(request -> {
            request.getSession(true);
            lastId[0] = request.changeSessionId();
        });

        assertThat(issued() - issued, is(1L));
        assertThat(path.verified(served.issuedToken()).sessionId(), is(lastId[0]));
    }

    @Test
    void aLogoutThatEndsTheSessionSignsNothingAndDeletesTheCookie() throws Exception {
        String signedIn = path.serve(() -> "alice", request -> request.getSession(true)).issuedToken();
        long issued = issued();

        RequestPath.Served served = path.serve(() -> "alice", request -> {
            request.logout();                        // the library changes the id for the anonymous caller
            request.getSession(false).invalidate();
        }, "JSESSIONID=" + signedIn);

        assertThat(issued() - issued, is(0L));
        assertThat(served.deletesCookie(), is(true));
        assertThat(served.issuedToken(), is(nullValue()));
    }

    @Test
    void aLogoutThatKeepsTheSessionSignsOnce() throws Exception {
        String signedIn = path.serve(() -> "alice", request -> request.getSession(true)).issuedToken();
        long issued = issued();

        RequestPath.Served served = path.serve(() -> "alice", request -> request.logout(), "JSESSIONID=" + signedIn);

        assertThat(issued() - issued, is(1L));
        assertThat(path.verified(served.issuedToken()).claims(), not(hasKey("sub")));
    }

    @Test
    void aRedirectCarriesTheTokenOwedBeforeIt() throws Exception {
        container.liveSession("before-login");

        RequestPath.Served served = path.serve(request -> {
            request.login("alice", "alice-password");
            path.applicationResponse().sendRedirect("/app/home"); // commits at once, as on Payara
            request.changeSessionId(); // after the commit: signed at once, and too late for this response
        }, "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(path.currentResponse().proxy().isCommitted(), is(true));
        assertThat(served.setCookies(), hasSize(1));
        assertThat(path.verified(served.issuedToken()).claims().get("sub"), is("alice"));
    }

    /**
     * Servlet 6.1's {@code sendRedirect(String, int, boolean)} (and its two shorter overloads) on the response the
     * application is handed is a commit point too: Servlet 6.1's {@code HttpServletResponseWrapper} would pass it straight
     * to the container. Here the servlet API is 6.0, so after the commit point the call finds no overload to pass on.
     */
    @Test
    void aServlet61RedirectOverloadCarriesTheTokenOwedBeforeIt() throws Exception {
        container.liveSession("before-login");
        Throwable[] passedOn = new Throwable[1];

        RequestPath.Served served = path.serve(request -> {
            request.login("alice", "alice-password");
            HttpServletResponse response = path.applicationResponse();
            Method overload = response.getClass().getMethod("sendRedirect", String.class, int.class, boolean.class);
            overload.setAccessible(true);
            try {
                overload.invoke(response, "/app/home", 303, true);
            } catch (InvocationTargetException e) {
                passedOn[0] = e.getCause();
            }
            path.currentResponse().commit(); // as the redirect of a server that commits at once
        }, "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(passedOn[0], instanceOf(UnsupportedOperationException.class));
        assertThat(served.setCookies(), hasSize(1));
        assertThat(path.verified(served.issuedToken()).claims().get("sub"), is("alice"));
        Class<?> wrapper = path.applicationResponse().getClass();
        for (Class<?>[] shorter : List.of(new Class<?>[] {String.class, int.class},
                new Class<?>[] {String.class, boolean.class})) {
            assertThat(wrapper.getMethod("sendRedirect", shorter).getDeclaringClass(), is((Object) wrapper));
        }
    }

    @Test
    void theTokenTheApplicationReadsIsTheOneTheResponseCarries() throws Exception {
        container.liveSession("before-login");
        String[] read = new String[1];

        RequestPath.Served served = path.serve(request -> {
            request.login("alice", "alice-password");
            read[0] = (String) request.getAttribute(RequestAttributes.TOKEN);
        }, "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(read[0], equalTo(served.issuedToken()));
        assertThat(issued(), is(1L));
    }

    @Test
    void insideAuthenticateOfAMechanismThatMayCommitEachIdIsSignedAtOnce() throws Exception {
        container.liveSession("before-login");
        container.onAuthenticate = request -> {
            request.changeSessionId();
            request.changeSessionId();
        };
        long issued = issued();

        path.serve(request -> request.authenticate(null), "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(issued() - issued, is(2L));
    }

    @Test
    void aLoginThatCommitsNothingSignsOnceThoughTheContainerChangesTheIdAgain() throws Exception {
        container.liveSession("before-login");
        String[] lastId = new String[1];
        container.onAuthenticate = request -> {
            request.setAttribute(Caller.LOGIN_COMMITS_NOTHING, Boolean.TRUE); // the library's own mechanism
            Caller.authenticated(request, new Caller("alice", () -> "alice", List.of())); // the library changes the id
            lastId[0] = request.changeSessionId(); // and the container again, as Catalina's register does
        };
        long issued = issued();

        RequestPath.Served served = path.serve(request -> request.authenticate(null),
                "JSESSIONID=" + path.token("before-login", Instant.now()));

        assertThat(issued() - issued, is(1L));
        SessionToken token = path.verified(served.issuedToken());
        assertThat(token.sessionId(), is(lastId[0]));
        assertThat(token.claims().get("sub"), is("alice"));
    }

    @Test
    void aLoginThatCommitsNothingAndCreatesTheSessionFirstSignsOnceAsAuthenticateReturns() throws Exception {
        String[] lastId = new String[1];
        String[] carriedAsAuthenticateReturned = new String[1];
        container.onAuthenticate = request -> {
            request.setAttribute(Caller.LOGIN_COMMITS_NOTHING, Boolean.TRUE);
            request.getSession(true); // the mechanism's copy of the caller (Open Liberty), before the login
            Caller.authenticated(request, new Caller("alice", () -> "alice", List.of())); // the library changes the id
            lastId[0] = request.getSession(false).getId();
        };
        long issued = issued();

        RequestPath.Served served = path.serve(request -> {
            request.authenticate(null);
            carriedAsAuthenticateReturned[0] = issued() - issued == 1 ? lastId[0] : null;
        });

        assertThat(issued() - issued, is(1L));
        assertThat(carriedAsAuthenticateReturned[0], is(lastId[0])); // signed before the application writes anything
        SessionToken token = path.verified(served.issuedToken());
        assertThat(token.sessionId(), is(lastId[0]));
        assertThat(token.claims().get("sub"), is("alice"));
    }

    private long issued() {
        return path.holder.counters().tokensIssued();
    }
}
