package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * How many signatures each kind of request costs, from the server's own counter ({@code TokensIssued}), the same on
 * every server: a first visit that creates a session signs once and the requests after it nothing; a login (on a live
 * session, or one that creates the session) signs exactly once, although the library changes the
 * session id and Catalina's {@code AuthenticatorBase.register} changes it again (or creates the session and changes
 * its id at once): the token is owed until the response commits, and only the last id is signed for; a logout that
 * invalidates the session signs nothing, only deletes the cookie. On Open Liberty, where the library's mechanism creates
 * the session for its copy of the caller before the login, that session's token is owed too; the token is signed as
 * {@code authenticate} returns, since Liberty puts back, when the response commits, the {@code Set-Cookie} header the
 * response carried at that point (a token signed later, at the first write, reached the client as the anonymous one).
 */
class SignaturesPerRequestIT extends IntegrationTestBase {

    private static final MBeanServerConnection JMX = ServerUnderTest.current().mbeanServer();

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive signatures() {
        return withConfig(webArchive("signatures").addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view"),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void firstVisitSignsOnceAndTheNextRequestsSignNothing() throws JMException, IOException {
        long issued = issued();

        HttpResult first = post(at(app, "api/counter"), "");
        assertThat(first.setCookies("JSESSIONID"), hasSize(1));
        assertThat(issued() - issued, is(1L));

        String token = cookieValue(first, "JSESSIONID");
        for (int i = 0; i < 3; i++) {
            assertThat(post(at(app, "api/counter"), "", cookie("JSESSIONID", token)).setCookies(), is(empty()));
        }
        assertThat(issued() - issued, is(1L));
    }

    @Test
    void loginOnALiveSessionSignsOnceForItsLastId() throws JMException, IOException {
        String token = cookieValue(post(at(app, "api/counter"), ""), "JSESSIONID");
        long issued = issued();

        HttpResult login = post(at(app, "api/login"), "username=alice&password=alice-password",
                cookie("JSESSIONID", token));

        assertThat(login.setCookies("JSESSIONID"), hasSize(1));
        assertThat(claims(cookieValue(login, "JSESSIONID")).get("sk"), not(equalTo(claims(token).get("sk"))));
        assertThat(issued() - issued, is(1L));
    }

    @Test
    void loginThatCreatesTheSessionSignsOnce() throws JMException, IOException {
        long issued = issued();

        HttpResult login = post(at(app, "api/login"), "username=alice&password=alice-password");

        assertThat(login.setCookies("JSESSIONID"), hasSize(1));
        assertThat(claims(cookieValue(login, "JSESSIONID")).get("sub"), equalTo("alice"));
        assertThat(issued() - issued, is(1L));
    }

    @Test
    void logoutThatEndsTheSessionDeletesTheCookieAndSignsNothing() throws JMException, IOException {
        String token = cookieValue(post(at(app, "api/counter"), ""), "JSESSIONID");
        String signedIn = cookieValue(post(at(app, "api/login"), "username=alice&password=alice-password",
                cookie("JSESSIONID", token)), "JSESSIONID");
        long issued = issued();

        HttpResult logout = post(at(app, "api/logout"), "", cookie("JSESSIONID", signedIn));

        // an expired cookie with an empty value; Liberty writes the empty value as "" (a quoted empty string)
        assertThat(logout.setCookies("JSESSIONID"), hasSize(1));
        String deletion = logout.setCookies("JSESSIONID").get(0);
        assertThat(deletion, anyOf(startsWith("JSESSIONID=;"), startsWith("JSESSIONID=\"\";")));
        if (ServerUnderTest.current() == ServerUnderTest.LIBERTY11) {
            // Liberty re-serializes every Set-Cookie header; under servlet-6.1 it writes a cookie of Max-Age 0 with only
            // an Expires in the past (com.ibm.ws.transport.http 26.0.0.5, CookieUtils.convertV0SetCookie: Max-Age=0 only
            // when HttpDispatcher.isEE11() is false and useEE10Cookies() true), which a browser takes as a deletion too
            assertThat(deletion, containsString("Expires=Thu, 01 Dec 1994 16:00:00 GMT"));
        } else {
            assertThat(deletion, containsString("Max-Age=0"));
        }
        assertThat(issued() - issued, is(0L));
    }

    private static long issued() throws JMException, IOException {
        return (Long) JMX.getAttribute(new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/signatures"),
                "TokensIssued");
    }
}
