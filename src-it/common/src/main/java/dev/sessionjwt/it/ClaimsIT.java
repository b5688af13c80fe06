package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;


/**
 * What the token carries after a login: identity, the configured fields by short name, the producer claim
 * and provider claims, fresh in the login response itself; and how failing or hostile claim sources are
 * contained.
 */
class ClaimsIT extends IntegrationTestBase {

    /** {@code RequestDrivenClaims.HEADER}; the class itself cannot be loaded in the test JVM. */
    private static final String HEADER = "X-Claims";

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive claimsApp() {
        return withConfig(Wars.withClassFile(webArchive("claims").addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view"),
                        "dev.sessionjwt.it.app.RequestDrivenClaims"),
                Map.of("session-jwt.key", randomKey(),
                        "session-jwt.fields", "email:e:email,profile.displayName:dn:display_name,phone:ph"));
    }

    @Test
    void loginResponseAlreadyCarriesIdentityFieldsAndProducerClaim() {
        String anonymous = cookieValue(post(at(app, "api/counter"), ""), "JSESSIONID");

        HttpResult login = login("alice", "alice-password", anonymous);

        assertThat(login.status(), is(200));
        Map<String, Object> token = claims(cookieValue(login, "JSESSIONID"));
        assertThat(token, hasEntry("sub", (Object) "alice"));
        assertThat(token, hasEntry("upn", (Object) "alice"));
        assertThat(token, hasEntry("groups", (Object) List.of("user")));
        assertThat(token, hasEntry("e", (Object) "alice@example.org"));
        assertThat(token, hasEntry("dn", (Object) "Alice Example"));
        assertThat(token, hasEntry("tenant", (Object) "customers"));
        assertThat(token, hasEntry("plan", (Object) "basic"));
        assertThat("a missing attribute gives no claim", token.containsKey("ph"), is(false));
        assertThat("login rotates the session id", token.get("sk"), not(equalTo(claims(anonymous).get("sk"))));
    }

    @Test
    void applicationReadsLongNamesAndSessionDataSurvivesTheLogin() {
        String anonymous = cookieValue(post(at(app, "api/counter"), ""), "JSESSIONID");
        String loggedIn = cookieValue(login("admin", "admin-password", anonymous), "JSESSIONID");

        Map<String, Object> session = parse(get(at(app, "api/session"), cookie("JSESSIONID", loggedIn)).body());

        assertThat(session.get("counter"), equalTo(1L));
        @SuppressWarnings("unchecked")
        Map<String, Object> longClaims = (Map<String, Object>) session.get("longClaims");
        assertThat(longClaims, hasEntry("email", (Object) "admin@example.org"));
        assertThat(longClaims, hasEntry("display_name", (Object) "The Admin"));
        assertThat(longClaims, hasEntry("groups", (Object) List.of("admin", "user")));
        assertThat(longClaims, hasEntry("tenant", (Object) "staff"));
        assertThat(longClaims.containsKey("e"), is(false));
    }

    @Test
    void oldAnonymousTokenDoesNotReachTheLoggedInSession() {
        String anonymous = cookieValue(post(at(app, "api/counter"), ""), "JSESSIONID");
        login("alice", "alice-password", anonymous);

        HttpResult replay = get(at(app, "api/me"), cookie("JSESSIONID", anonymous));

        assertThat(replay.status(), is(401));
    }

    @Test
    void wrongPasswordAnswers401AndKeepsTheSession() {
        HttpResult created = post(at(app, "api/counter"), "");
        String token = cookieValue(created, "JSESSIONID");

        HttpResult wrong = login("alice", "not-the-password", token);

        assertThat(wrong.status(), is(401));
        assertThat(wrong.setCookies("JSESSIONID").isEmpty(), is(true));
        assertThat(parse(get(at(app, "api/session"), cookie("JSESSIONID", token)).body()).get("counter"),
                equalTo(1L));
    }

    @Test
    void failingProviderLeavesTheSessionWorkingAndTheTokenCorrect() {
        HttpResult result = send(request(at(app, "api/session")).header(HEADER, "throw").GET());

        assertThat(result.status(), is(200));
        Map<String, Object> token = claims(cookieValue(result, "JSESSIONID"));
        assertThat(token.get("sk"), equalTo(parse(result.body()).get("sessionId")));
        assertThat(token.containsKey("plan"), is(false));
    }

    @Test
    void providerCannotOverwriteTheSessionIdOrExpiry() {
        HttpResult result = send(request(at(app, "api/session")).header(HEADER, "reserved").GET());

        Map<String, Object> token = claims(cookieValue(result, "JSESSIONID"));
        assertThat(token.get("sk"), equalTo(parse(result.body()).get("sessionId")));
        assertThat(((Number) token.get("exp")).longValue() - ((Number) token.get("iat")).longValue(), is(1800L));
        assertThat(token, hasEntry("plan", (Object) "basic"));
    }

    @Test
    void valueWithoutJsonFormIsOmitted() {
        HttpResult result = send(request(at(app, "api/session")).header(HEADER, "object").GET());

        Map<String, Object> token = claims(cookieValue(result, "JSESSIONID"));
        assertThat(token.containsKey("thread"), is(false));
        assertThat(token, hasEntry("plan", (Object) "basic"));
    }

    @Test
    void oversizedClaimsFallBackToCoreClaimsUnder4096Bytes() {
        HttpResult result = send(request(at(app, "api/session")).header(HEADER, "huge").GET());

        String header = result.setCookies("JSESSIONID").get(0);
        assertThat(header.length(), lessThanOrEqualTo(4096));
        Map<String, Object> token = claims(cookieValue(result, "JSESSIONID"));
        assertThat(token.keySet(), equalTo(java.util.Set.of("sk", "iat", "exp", "jti")));
        assertThat(get(at(app, "api/session?create=false"), cookie("JSESSIONID", cookieValue(result, "JSESSIONID")))
                .body(), org.hamcrest.Matchers.containsString(String.valueOf(token.get("sk"))));
    }

    @Test
    void identityIsRestoredFromTheCookieAlone() {
        String token = cookieValue(login("admin", "admin-password", null), "JSESSIONID");

        HttpResult me = get(at(app, "api/me"), cookie("JSESSIONID", token));
        HttpResult admin = get(at(app, "api/admin"), cookie("JSESSIONID", token));

        assertThat(me.status(), is(200));
        assertThat(parse(me.body()), hasEntry("name", (Object) "admin"));
        assertThat(admin.status(), is(200));
        assertThat(parse(me.body()), hasKey("groups"));
    }

    @Test
    void demoPageSignInRedirectsWithTheNewTokenAndShowsLongNames() {
        HttpResult signIn = post(at(app, "page/login"), "username=alice&password=alice-password");

        assertThat(signIn.status(), is(302));
        String token = cookieValue(signIn, "JSESSIONID");
        assertThat(claims(token), hasEntry("sub", (Object) "alice"));
        String page = get(at(app, ""), cookie("JSESSIONID", token)).body();
        assertThat(page, org.hamcrest.Matchers.containsString("Signed in as <span id=\"caller\">alice</span>"));
        assertThat(page, org.hamcrest.Matchers.containsString("<tr data-claim=\"dn\"><td><code>dn</code></td>"
                + "<td>display_name</td><td class=\"v\">Alice Example</td>"));
    }

    private HttpResult login(String user, String password, String token) {
        String form = "username=" + user + "&password=" + password;
        return token == null ? post(at(app, "api/login"), form) : post(at(app, "api/login"), form, cookie("JSESSIONID", token));
    }
}
