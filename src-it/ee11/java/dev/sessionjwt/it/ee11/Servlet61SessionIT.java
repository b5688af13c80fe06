package dev.sessionjwt.it.ee11;

import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.ServerUnderTest;
import dev.sessionjwt.it.ServerUnderTest.SessionAccessor;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.ee11.app.Servlet61Servlet;

/**
 * Servlet 6.1's changes that touch the library, on every Jakarta EE 11 server, with the library built against
 * Servlet 6.0:
 * <ul>
 * <li>the three {@code sendRedirect} overloads: Servlet 6.1's {@code HttpServletResponseWrapper} passes each straight to
 * the wrapped response, past the library's commit point, so the library's response wrapper overrides them too
 * ({@code CookieCommitFilter}). Without that the token owed to the new session never arrives: Tomcat's
 * {@code ResponseFacade} counts a redirected response as committed ({@code Response.isAppCommitted()}: suspended) and
 * drops every header added after it, the library's own after the application returns;</li>
 * <li>{@code HttpSession.getAccessor()}: the session the library binds is the container's, so an accessor reaches it
 * outside its requests and the next request with the token sees what it did. What the accessor is differs by server
 * ({@link ServerUnderTest#sessionAccessor()}): Tomcat's holds the session id it was made for
 * ({@code StandardSessionAccessor}: {@code manager.findSession(id)}, {@link IllegalStateException} when none is valid),
 * so it stops working when the id changes, which the library does at every login: take the accessor after the login;
 * WildFly Preview 39's follows the session through the change; Payara Micro 7.2026.11 and GlassFish 8.0.0 return none
 * (null: GlassFish's session facade keeps the API's default method). Whatever
 * the accessor does, the new token reaches the session.</li>
 * </ul>
 * Unchanged in 6.1 and covered by the conformance suite: the session cookie's attributes
 * ({@code SessionCookieConfig.setAttribute}, {@code <cookie-config><attribute>}, Servlet 6.0), {@code Partitioned}
 * among them as any other attribute.
 */
class Servlet61SessionIT extends IntegrationTestBase {

    private static final String COOKIE = "JSESSIONID";
    private static final SessionAccessor ACCESSOR = ServerUnderTest.current().sessionAccessor();

    @Deployment(name = "s61", testable = false)
    static WebArchive servlet61() {
        return withConfig(webArchive("servlet61").addClass(Servlet61Servlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @ArquillianResource
    @OperateOnDeployment("s61")
    private URL app;

    @Test
    void redirectWithAStatusCarriesTheTokenOfTheNewSession() {
        redirectCarriesTheToken("status", 303);
    }

    @Test
    void redirectThatKeepsTheBufferCarriesTheTokenOfTheNewSession() {
        redirectCarriesTheToken("clear", 302);
    }

    @Test
    void redirectWithAStatusAndClearBufferCarriesTheTokenOfTheNewSession() {
        redirectCarriesTheToken("both", 307);
    }

    private void redirectCarriesTheToken(String variant, int status) {
        HttpResult result = get(at(app, "s61/redirect?variant=" + variant));

        assertThat(result.status(), is(status));
        assertThat(result.header("Location").orElse(""), endsWith("session"));
        String token = cookieValue(result, COOKIE);
        assertThat(token, notNullValue());
        String sessionId = (String) Tokens.claims(token).get("sk");
        assertThat(get(at(app, "s61/session"), cookie(COOKIE, token)).body(),
                equalTo("session=" + sessionId + " n=1 note=null"));
    }

    @Test
    void anAccessorReachesTheBoundSessionOutsideItsRequests() {
        String key = UUID.randomUUID().toString();
        HttpResult kept = get(at(app, "s61/accessor-keep?key=" + key));
        String token = cookieValue(kept, COOKIE);
        String sessionId = (String) Tokens.claims(token).get("sk");

        if (ACCESSOR == SessionAccessor.NONE) {
            assertThat(kept.body(), equalTo("no accessor " + sessionId));
            return;
        }
        assertThat(get(at(app, "s61/accessor-use?key=" + key)).body(), equalTo("accessed"));
        assertThat(get(at(app, "s61/session"), cookie(COOKIE, token)).body(),
                equalTo("session=" + sessionId + " n=null note=set-by-accessor"));
    }

    @Test
    void afterAChangeOfIdTheNewTokenKeepsTheSessionWhateverTheAccessorDoes() {
        String key = UUID.randomUUID().toString();
        String token = cookieValue(get(at(app, "s61/accessor-keep?key=" + key)), COOKIE);

        HttpResult rotated = get(at(app, "s61/rotate"), cookie(COOKIE, token));
        String newToken = cookieValue(rotated, COOKIE);
        String newId = (String) Tokens.claims(newToken).get("sk");

        assertThat(rotated.body(), equalTo("rotated " + newId));
        String expected = switch (ACCESSOR) {
            case NONE -> "no accessor";
            case BY_ID -> "invalid";
            case BY_SESSION -> "accessed";
        };
        assertThat(get(at(app, "s61/accessor-use?key=" + key)).body(), equalTo(expected));
        String note = ACCESSOR == SessionAccessor.BY_SESSION ? "set-by-accessor" : "null";
        assertThat(get(at(app, "s61/session"), cookie(COOKIE, newToken)).body(),
                equalTo("session=" + newId + " n=null note=" + note));
    }

    @Test
    void anAccessorOfAnEndedSessionThrows() {
        String key = UUID.randomUUID().toString();
        String token = cookieValue(get(at(app, "s61/accessor-keep?key=" + key)), COOKIE);

        assertThat(get(at(app, "s61/end"), cookie(COOKIE, token)).body(), equalTo("ended"));
        assertThat(get(at(app, "s61/accessor-use?key=" + key)).body(),
                equalTo(ACCESSOR == SessionAccessor.NONE ? "no accessor" : "invalid"));
    }
}
