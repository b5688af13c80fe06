package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.SessionLockProbeServlet;

/**
 * Catalina's per-request session lock (the foreground lock that keeps the manager's background expiry and
 * swap-out away from a session in use): CoyoteAdapter takes it, before the pipeline, for the session it resolves
 * itself, which with cookies off is one named by {@code ;jsessionid=}, and releases the lock of whatever session
 * the request holds at its end. The library binds another session in between, so it must move the lock along.
 */
class SessionLockIT extends IntegrationTestBase {

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive app() {
        return withConfig(webArchive("locks").addClass(SessionLockProbeServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void theBoundSessionIsLockedForTheRequestAndASessionNamedInTheUrlIsNotLeftLocked() {
        HttpResult mine = get(at(app, "lock?create"));
        String myId = mine.body();
        String myToken = cookieValue(mine, "JSESSIONID");
        String otherId = get(at(app, "lock?create")).body();

        HttpResult during = get(at(app, "lock;jsessionid=" + otherId + "?other=" + otherId),
                cookie("JSESSIONID", myToken));
        assertThat(during.body(), is("own=" + myId + ":true other=" + otherId + ":false"));

        HttpResult after = get(at(app, "lock?other=" + otherId), cookie("JSESSIONID", myToken));
        assertThat("no lock left behind on the session the URL named", after.body(),
                is("own=" + myId + ":true other=" + otherId + ":false"));
    }

    @Test
    void aSessionNamedByBothTokenAndUrlIsUnlockedOnceTheRequestEnds() {
        HttpResult mine = get(at(app, "lock?create"));
        String myId = mine.body();
        String myToken = cookieValue(mine, "JSESSIONID");
        String someoneElsesToken = cookieValue(get(at(app, "lock?create")), "JSESSIONID");

        get(at(app, "lock;jsessionid=" + myId), cookie("JSESSIONID", myToken));

        // locked twice and released once would leave it locked for good, out of reach of expiry
        HttpResult fromElsewhere = get(at(app, "lock?other=" + myId), cookie("JSESSIONID", someoneElsesToken));
        assertThat(fromElsewhere.body().endsWith(" other=" + myId + ":false"), is(true));
    }
}
