package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;

/**
 * Unit tests of the rollout window ({@link PlainSessionIdUpgrade}) through the real request path on a
 * {@link FakeContainer}: which plain session ids are upgraded to a token, and which reach no session.
 */
class PlainSessionIdUpgradeTest {

    private static final RequestPath.Application NOTHING = request -> { };
    /** What an application's own sign-out does when it keeps the session: it removes every attribute. */
    private static final RequestPath.Application REMOVE_ALL_ATTRIBUTES = request -> {
        HttpSession session = request.getSession(false);
        for (String name : Collections.list(session.getAttributeNames())) {
            session.removeAttribute(name);
        }
    };

    private final FakeContainer container = new FakeContainer();
    private final HttpSession before = container.liveSession("from-before-the-library");

    private RequestPath windowOpen() {
        return new RequestPath(container, null, "session-jwt.accept-plain-session-ids-until",
                Instant.now().plus(Duration.ofDays(1)).toString());
    }

    @Test
    void aPlainIdOfASessionFromBeforeTheStartIsUpgradedToATokenForANewId() throws Exception {
        RequestPath path = windowOpen();

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=from-before-the-library");

        assertThat(served.sessionSeen(), is(notNullValue()));
        String token = served.issuedToken();
        assertThat(token, is(notNullValue()));
        assertThat(path.verified(token).sessionId(), is(served.sessionSeen().getId()));
        assertThat(container.sessions.containsKey("from-before-the-library"), is(false));
    }

    @Test
    void aSessionThatHeldATokenIsNeverUpgradedEvenAfterTheApplicationRemovedAllItsAttributes() throws Exception {
        RequestPath path = windowOpen();
        String token = path.serve(NOTHING, "JSESSIONID=from-before-the-library").issuedToken();
        String idInToken = path.verified(token).sessionId();
        RequestPath.Served cleared = path.serve(REMOVE_ALL_ATTRIBUTES, "JSESSIONID=" + token);
        assertThat(cleared.sessionSeen(), is(sameInstance(container.sessions.get(idInToken))));

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + idInToken);

        assertThat("the sk of a token is no bearer credential", served.sessionSeen(), is(nullValue()));
        assertThat(served.issuedToken(), is(nullValue()));
        assertThat(served.deletesCookie(), is(true));
        assertThat(container.sessions.containsKey(idInToken), is(true));
    }

    @Test
    void underARenamedCookieThePlainIdIsAlsoTakenFromJsessionidWhichIsThenDeleted() throws Exception {
        container.cookieConfig.name = "shop_session";
        RequestPath path = windowOpen();

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=from-before-the-library");

        assertThat(served.sessionSeen(), is(notNullValue()));
        assertThat(served.setCookies().stream().anyMatch(c -> c.startsWith("shop_session=ey")), is(true));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void underAHostPrefixedCookieNameAJsessionidCookieIsNeverRead() throws Exception {
        container.cookieConfig.name = "__Host-session";
        container.cookieConfig.secure = true;
        container.cookieConfig.path = "/";
        RequestPath path = windowOpen();

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=from-before-the-library");

        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.setCookies(), is(empty()));
        assertThat(container.sessions.get("from-before-the-library"), is(sameInstance(before)));
        assertThat("under its own name the plain id still arrives", path.serve(NOTHING,
                "__Host-session=from-before-the-library").sessionSeen(), is(notNullValue()));
    }

    @Test
    void underASecurePrefixedCookieNameAJsessionidCookieIsNeverRead() throws Exception {
        container.cookieConfig.name = "__Secure-session";
        container.cookieConfig.secure = true;
        RequestPath path = windowOpen();

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=from-before-the-library");

        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.setCookies(), is(empty()));
        assertThat(container.sessions.get("from-before-the-library"), is(sameInstance(before)));
    }
}
