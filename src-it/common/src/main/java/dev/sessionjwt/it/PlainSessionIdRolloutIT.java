package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.RolloutServlet;

/**
 * The rollout without logouts on embedded Payara. The application runs first without the library (Payara's own
 * {@code JSESSIONID} holds the plain session id), then is redeployed with the library by Payara's
 * {@code deploy --force=true --keepstate=true}, which keeps its sessions (serialized and restored with their
 * creation times) across the redeploy: those sessions predate the application's start, as in a real rollout.
 */
class PlainSessionIdRolloutIT extends IntegrationTestBase {

    private static final String NAME = "rollout";

    /** Arquillian needs one deployment per class; the rollout WARs are deployed by the tests themselves. */
    @Deployment(testable = false)
    static WebArchive anchor() {
        return ShrinkWrap.create(WebArchive.class, "rollout-anchor.war").addClass(RolloutServlet.class);
    }

    private static final RedeployingDeployer APP = new RedeployingDeployer(NAME);

    private static URI url(String path) {
        return APP.url("rollout/" + path);
    }

    private static void deploy(WebArchive war, boolean keepState) throws Exception {
        APP.deploy(war, keepState);
    }

    private static WebArchive withoutLibrary() {
        return ShrinkWrap.create(WebArchive.class, NAME + ".war").addClass(RolloutServlet.class);
    }

    private static WebArchive withLibrary(String until) {
        return withLibrary(until, randomKey());
    }

    private static WebArchive withLibrary(String until, String key) {
        Map<String, String> config = until == null ? Map.of("session-jwt.key", key)
                : Map.of("session-jwt.key", key, "session-jwt.accept-plain-session-ids-until", until);
        return withConfig(webArchive(NAME).addClass(RolloutServlet.class), config);
    }

    /** A session created by the application before the library: its plain id, from Payara's own cookie. */
    private static String sessionBeforeTheLibrary(String user) {
        HttpResult login = get(URI.create(url("login") + "?user=" + user));
        assertThat(login.status(), is(200));
        String plainId = Tokens.cookieValue(login, "JSESSIONID");
        assertThat(plainId, is(login.body()));
        assertThat("Payara's own cookie carries the plain id", get(url("state"), "JSESSIONID=" + plainId).body(),
                is(user));
        return plainId;
    }

    @AfterEach
    void undeploy() throws Exception {
        APP.undeploy();
    }

    @Test
    void aPlainIdOfASessionFromBeforeTheLibraryIsUpgradedOnceAndTheUserStaysSignedIn() throws Exception {
        deploy(withoutLibrary(), false);
        String plainId = sessionBeforeTheLibrary("alice");
        String otherPlainId = sessionBeforeTheLibrary("bob");
        deploy(withLibrary(Instant.now().plusSeconds(3600).toString()), true);

        HttpResult upgraded = get(url("state"), "JSESSIONID=" + plainId);
        assertThat(upgraded.status(), is(200));
        assertThat("the user stays signed in", upgraded.body(), is("alice"));
        String token = Tokens.cookieValue(upgraded, "JSESSIONID");
        assertThat(token, startsWith("eyJ"));
        assertThat("the id was rotated away from the plain one", Tokens.claims(token).get("sk"), not(is(plainId)));

        assertThat("the token reaches the session", get(url("state"), "JSESSIONID=" + token).body(), is("alice"));
        assertThat("the plain id reaches nothing after its upgrade", get(url("state"), "JSESSIONID=" + plainId).body(),
                is("none"));
        assertThat("another user's plain id is upgraded to that user", get(url("state"), "JSESSIONID=" + otherPlainId)
                .body(), is("bob"));
    }

    @Test
    void aPlainIdOfASessionCreatedAfterTheStartOrAnUnknownIdReachesNoSession() throws Exception {
        deploy(withoutLibrary(), false);
        sessionBeforeTheLibrary("alice");
        deploy(withLibrary(Instant.now().plusSeconds(3600).toString()), true);

        HttpResult login = get(URI.create(url("login") + "?user=carol"));
        String token = Tokens.cookieValue(login, "JSESSIONID");
        String sessionIdInToken = (String) Tokens.claims(token).get("sk");
        assertThat(get(url("state"), "JSESSIONID=" + token).body(), is("carol"));

        HttpResult refused = get(url("state"), "JSESSIONID=" + sessionIdInToken);
        assertThat("the sk of a token is no bearer credential", refused.body(), is("none"));
        assertThat(refused.setCookies("JSESSIONID").toString(), refused.setCookies("JSESSIONID").stream()
                .allMatch(c -> c.startsWith("JSESSIONID=;") || c.contains("Max-Age=0")), is(true));
        assertThat(get(url("state"), "JSESSIONID=0123456789abcdef0123456789ab").body(), is("none"));
    }

    @Test
    void whenTheSameDeploymentRenamesTheCookieThePlainIdIsTakenFromJsessionidWhichIsThenDeleted() throws Exception {
        deploy(withoutLibrary(), false);
        String plainId = sessionBeforeTheLibrary("alice");
        deploy(withLibrary(Instant.now().plusSeconds(3600).toString()).setWebXML(new StringAsset(
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"><session-config><cookie-config>"
                        + "<name>shop_session</name></cookie-config></session-config></web-app>")), true);

        HttpResult upgraded = get(url("state"), "JSESSIONID=" + plainId);
        assertThat(upgraded.body(), is("alice"));
        String token = Tokens.cookieValue(upgraded, "shop_session");
        assertThat(upgraded.setCookies("JSESSIONID").toString(), upgraded.setCookies("JSESSIONID").size(), is(1));
        assertThat(upgraded.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
        assertThat(get(url("state"), "shop_session=" + token).body(), is("alice"));
        assertThat(get(url("state"), "JSESSIONID=" + plainId).body(), is("none"));
    }

    @Test
    void afterTheWindowClosedOrWithoutTheSettingAPlainIdReachesNoSession() throws Exception {
        deploy(withoutLibrary(), false);
        String plainId = sessionBeforeTheLibrary("alice");
        deploy(withLibrary(Instant.now().minusSeconds(1).toString()), true);
        assertThat("window closed", get(url("state"), "JSESSIONID=" + plainId).body(), is("none"));

        deploy(withLibrary(null), true);
        assertThat("setting absent", get(url("state"), "JSESSIONID=" + plainId).body(), is("none"));

        deploy(withLibrary(Instant.now().plusSeconds(3600).toString()), true);
        assertThat("the session itself survived all the redeploys", get(url("state"), "JSESSIONID=" + plainId).body(),
                is("alice"));
    }

    @Test
    void aSessionOnceIssuedATokenIsNeverUpgradedAgainEvenAfterARedeployAndTheApplicationRemovingAllItsAttributes()
            throws Exception {
        deploy(withoutLibrary(), false);
        String plainId = sessionBeforeTheLibrary("alice");
        String key = randomKey();
        String until = Instant.now().plusSeconds(3600).toString();
        deploy(withLibrary(until, key), true);
        String token = Tokens.cookieValue(get(url("state"), "JSESSIONID=" + plainId), "JSESSIONID");
        String idInToken = (String) Tokens.claims(token).get("sk");

        deploy(withLibrary(until, key), true);
        assertThat("the session predates this deployment too", get(url("state"), "JSESSIONID=" + token).body(),
                is("alice"));
        assertThat(get(url("clear"), "JSESSIONID=" + token).body(), is("null"));

        assertThat("the sk of a token is no bearer credential, attributes or not",
                get(url("state"), "JSESSIONID=" + idInToken).body(), is("none"));
        assertThat("the session itself lives on", get(url("state"), "JSESSIONID=" + token).body(), is("null"));
    }
}
