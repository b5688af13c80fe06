package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;

/**
 * Cookies that must never reach a session: the request goes on with no session, no 500, no stack trace,
 * and the bad cookie is deleted. Each one is aimed at a live session with a counter of 1.
 */
class HostileCookieIT extends IntegrationTestBase {

    @ArquillianResource
    private URL demo;

    private String liveToken;
    private String liveId;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @BeforeEach
    void startLiveSession() {
        HttpResult created = post(at(demo, "api/counter"), "");
        liveToken = cookieValue(created, "JSESSIONID");
        liveId = (String) parse(created.body()).get("sessionId");
    }

    @Test
    void tamperedPayloadReachesNoSession() {
        String[] parts = liveToken.split("\\.");
        Map<String, Object> claims = new LinkedHashMap<>(claims(liveToken));
        claims.put("exp", ((Number) claims.get("exp")).longValue() + 3600);
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(org.jose4j.json.JsonUtil.toJson(claims).getBytes());
        assertRejected(parts[0] + "." + payload + "." + parts[2]);
    }

    @Test
    void tamperedSignatureReachesNoSession() {
        char last = liveToken.charAt(liveToken.length() - 2);
        assertRejected(liveToken.substring(0, liveToken.length() - 2) + (last == 'A' ? 'B' : 'A')
                + liveToken.charAt(liveToken.length() - 1));
    }

    @Test
    void tokenSignedWithAnotherKeyReachesNoSession() {
        assertRejected(Tokens.signHs256("another-secret-that-is-long-enough-to-sign-0123", claims(liveToken)));
    }

    @Test
    void expiredTokenReachesNoSession() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>(claims(liveToken));
        claims.put("iat", now - 4000);
        claims.put("exp", now - 3600);
        assertRejected(Tokens.signDemo(claims));
    }

    @Test
    void garbageReachesNoSession() {
        assertRejected("not-a-token%20at%20all");
    }

    @Test
    void plainLegacySessionIdReachesNoSession() {
        assertRejected(liveId);
    }

    @Test
    void jsessionidInTheUrlWithoutCookieReachesNoSession() {
        HttpResult result = get(at(demo, "api/session;jsessionid=" + liveId + "?create=false"));

        assertThat(result.status(), is(200));
        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(parse(result.body()).get("counter"), equalTo(0L));
    }

    @Test
    void validTokenWithAnotherSessionInTheUrlStaysOnItsOwnSession() {
        HttpResult other = post(at(demo, "api/counter"), "");
        String otherId = (String) parse(other.body()).get("sessionId");
        post(at(demo, "api/counter"), "", cookie("JSESSIONID", cookieValue(other, "JSESSIONID")));

        HttpResult result = get(at(demo, "api/session;jsessionid=" + otherId + "?create=false"),
                cookie("JSESSIONID", liveToken));

        assertThat(parse(result.body()).get("sessionId"), equalTo(liveId));
        assertThat(parse(result.body()).get("counter"), equalTo(1L));
    }

    private void assertRejected(String cookieValue) {
        HttpResult result = get(at(demo, "api/session?create=false"), cookie("JSESSIONID", cookieValue));

        assertThat(result.status(), is(200));
        Map<String, Object> body = parse(result.body());
        assertThat(body.get("sessionId"), is((Object) null));
        assertThat(body.get("counter"), equalTo(0L));
        assertThat(result.body(), not(containsString("Exception")));
        assertThat("the bad cookie is deleted", result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        HttpResult created = get(at(demo, "api/session"), cookie("JSESSIONID", cookieValue));
        assertThat("a new session is never the attacked one", parse(created.body()).get("sessionId"),
                not(equalTo(liveId)));
        assertThat(parse(created.body()).get("counter"), equalTo(0L));
    }
}
