package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;

/**
 * Attacks on the cookie over real HTTP: replayed tokens of dead sessions, tokens from a sibling application
 * with the same key, cookie tossing, unsigned and oversized values. None attaches a session, none makes the
 * container create a session with an attacker-chosen id.
 */
class HardeningIT extends IntegrationTestBase {

    @Deployment(name = "demo", testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Deployment(name = "sibling", testable = false)
    static WebArchive sibling() {
        return withConfig(webArchive("sibling").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", randomKey(), "session-jwt.max-token-size", "1024"));
    }

    @Test
    void tokenOfAnInvalidatedSessionNeverReachesOrRecreatesIt(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String token = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");
        String deadId = (String) claims(token).get("sk");
        post(at(demo, "api/logout"), "", cookie("JSESSIONID", token));

        HttpResult replay = get(at(demo, "api/session"), cookie("JSESSIONID", token));

        assertThat(parse(replay.body()).get("sessionId"), not(equalTo(deadId)));
        assertThat(parse(replay.body()).get("counter"), equalTo(0L));
        assertThat(claims(cookieValue(replay, "JSESSIONID")).get("sk"), not(equalTo(deadId)));
    }

    @Test
    void tokenFromASiblingApplicationWithTheSameKeyReachesNoSession(
            @ArquillianResource @OperateOnDeployment("demo") URL demo,
            @ArquillianResource @OperateOnDeployment("sibling") URL sibling) {
        String siblingToken = cookieValue(get(at(sibling, "probe/create-flush")), "JSESSIONID");
        String siblingId = (String) claims(siblingToken).get("sk");

        HttpResult result = get(at(demo, "api/session"), cookie("JSESSIONID", siblingToken));

        assertThat(parse(result.body()).get("sessionId"), not(equalTo(siblingId)));
        assertThat(get(at(sibling, "probe/session"), cookie("JSESSIONID", siblingToken)).body(),
                startsWith("session=" + siblingId));
    }

    @Test
    void cookieTossingCannotDisplaceTheValidCookie(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String mine = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");
        String attacker = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");
        post(at(demo, "api/logout"), "", cookie("JSESSIONID", attacker));

        HttpResult result = get(at(demo, "api/session?create=false"), cookie("JSESSIONID", "forged.value.here"),
                cookie("JSESSIONID", attacker), cookie("JSESSIONID", mine));

        assertThat(parse(result.body()).get("sessionId"), equalTo(claims(mine).get("sk")));
        assertThat(parse(result.body()).get("counter"), equalTo(1L));
        assertThat("the valid cookie is not deleted", result.setCookies("JSESSIONID"), is(empty()));
    }

    @Test
    void unsignedTokenNamingALiveSessionIsRejected(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String live = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String unsigned = header + "." + live.split("\\.")[1] + ".";

        assertNoSession(demo, unsigned);
        assertNoSession(demo, header + "." + live.split("\\.")[1] + "." + live.split("\\.")[2]);
    }

    @Test
    void quotedValueIsRejectedCleanly(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String live = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        assertNoSession(demo, "\"" + live + "\"");
    }

    @Test
    void valueOverTheConfiguredSizeIsRejectedUnread(@ArquillianResource @OperateOnDeployment("sibling") URL sibling) {
        String live = cookieValue(get(at(sibling, "probe/create-flush")), "JSESSIONID");

        HttpResult result = get(at(sibling, "probe/session"), cookie("JSESSIONID", live + "A".repeat(3000)));

        assertThat(result.status(), is(200));
        assertThat(result.body(), startsWith("session=none"));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
    }

    @Test
    void headerBeyondEightKibGetsNoSessionAndNo500(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        HttpResult result = get(at(demo, "api/session?create=false"), cookie("JSESSIONID", "A".repeat(9000)));

        if (ServerUnderTest.current().isUndertow() || ServerUnderTest.current().kind() == ServerUnderTest.LIBERTY) {
            // Undertow reads request headers up to 1 MiB, Liberty up to 32 KiB (its httpOptions limitFieldSize): the
            // application runs, the library rejects the value unread
            assertThat(result.status(), is(200));
            assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        } else {
            assertThat("Grizzly refuses request headers over 8 KiB before the application runs", result.status(), is(400));
        }
    }

    private static void assertNoSession(URL demo, String value) {
        HttpResult result = get(at(demo, "api/session?create=false"), cookie("JSESSIONID", value));
        assertThat(result.status(), is(200));
        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
        assertThat(result.setCookies("JSESSIONID").get(0), startsWith("JSESSIONID=;"));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
