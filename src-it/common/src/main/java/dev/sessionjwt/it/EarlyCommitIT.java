package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;

/**
 * The cookie is written when the session is created or its id changes, so it survives responses that
 * commit early: a redirect, an error page, an explicit flush, a body larger than the buffer, a reset.
 */
class EarlyCommitIT extends IntegrationTestBase {

    @ArquillianResource
    private URL probe;

    @Deployment(testable = false)
    static WebArchive probe() {
        return withConfig(webArchive("probe").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void redirectRightAfterCreatingTheSessionCarriesTheCookie() {
        HttpResult result = get(at(probe, "probe/create-redirect"));

        assertThat(result.status(), is(302));
        assertSessionWorks(cookieValue(result, "JSESSIONID"));
    }

    @Test
    void bodyLargerThanTheBufferCarriesTheCookie() {
        HttpResult result = get(at(probe, "probe/create-large"));

        assertThat(result.body().length(), is(ProbeServlet.LARGE_BODY));
        assertSessionWorks(cookieValue(result, "JSESSIONID"));
    }

    @Test
    void explicitFlushCarriesTheCookie() {
        HttpResult result = get(at(probe, "probe/create-flush"));

        assertThat(result.body(), equalTo("flushed"));
        assertSessionWorks(cookieValue(result, "JSESSIONID"));
    }

    @Test
    void sendErrorCarriesTheCookie() {
        HttpResult result = get(at(probe, "probe/create-error"));

        assertThat(result.status(), is(409));
        assertSessionWorks(cookieValue(result, "JSESSIONID"));
    }

    @Test
    void responseResetDoesNotLoseTheCookie() {
        HttpResult result = get(at(probe, "probe/create-reset"));

        assertThat(result.body(), equalTo("reset"));
        assertThat(result.header("X-Before-Reset").isPresent(), is(false));
        assertSessionWorks(cookieValue(result, "JSESSIONID"));
    }

    @Test
    void createAndRotateInOneRequestSendsOnlyTheLastToken() {
        HttpResult result = get(at(probe, "probe/create-rotate"));

        assertThat(result.setCookies("JSESSIONID"), hasSize(1));
        String token = cookieValue(result, "JSESSIONID");
        assertThat(result.body(), startsWith("session=" + claims(token).get("sk")));
        assertSessionWorks(token);
    }

    @Test
    void rotateThenRedirectCarriesTheNewToken() {
        String before = cookieValue(get(at(probe, "probe/create-flush")), "JSESSIONID");

        HttpResult result = get(at(probe, "probe/rotate-redirect"), cookie("JSESSIONID", before));

        assertThat(result.status(), is(302));
        String after = cookieValue(result, "JSESSIONID");
        assertThat(claims(after).get("sk"), is(org.hamcrest.Matchers.not(claims(before).get("sk"))));
        assertSessionWorks(after);
    }

    private void assertSessionWorks(String token) {
        HttpResult seen = get(at(probe, "probe/session"), cookie("JSESSIONID", token));
        assertThat(seen.body(), startsWith("session=" + claims(token).get("sk") + "\n"));
    }
}
