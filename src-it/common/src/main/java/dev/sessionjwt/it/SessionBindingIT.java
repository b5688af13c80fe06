package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The cookie alone reaches the container's own session: attributes, {@code @SessionScoped} state, a
 * Jakarta Security mechanism; {@code changeSessionId()} and {@code invalidate()} move the cookie with it.
 */
class SessionBindingIT extends IntegrationTestBase {

    @Deployment(name = "demo", testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Deployment(name = "probe", testable = false)
    static WebArchive probe() {
        return withConfig(webArchive("probe").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void demoNamesTheServerThatAnswers(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String server = (String) parse(get(at(demo, "api/session")).body()).get("server");

        assertThat(server, containsString(ServerUnderTest.current().serverInfoMarker()));
        // the page header says it readably (ServerLabel: embedded Payara's and GlassFish's own words lack the product
        // or the version), with the Java the server runs on
        Matcher header = Pattern.compile("<code id=\"server\">([^<]*)</code>").matcher(get(at(demo, "")).body());
        assertThat("the page header names the server", header.find(), is(true));
        assertThat(header.group(1), containsString(ServerUnderTest.current().productName()));
        assertThat(header.group(1), matchesPattern(".* on Java \\d+"));
    }

    @Test
    void cookieAloneKeepsTheSessionScopedCounter(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        HttpResult first = post(at(demo, "api/counter"), "");
        String token = cookieValue(first, "JSESSIONID");
        String sessionId = (String) parse(first.body()).get("sessionId");

        Map<String, Object> second = parse(post(at(demo, "api/counter"), "", cookie("JSESSIONID", token)).body());
        Map<String, Object> third = parse(post(at(demo, "api/counter"), "", cookie("JSESSIONID", token)).body());

        assertThat(parse(first.body()).get("counter"), equalTo(1L));
        assertThat(second.get("sessionId"), equalTo(sessionId));
        assertThat(third.get("counter"), equalTo(3L));
    }

    @Test
    void applicationMechanismSeesTheBoundSessionInValidateRequest(
            @ArquillianResource @OperateOnDeployment("probe") URL probe) {
        HttpResult created = get(at(probe, "probe/create-rotate"));
        String token = cookieValue(created, "JSESSIONID");
        String sessionId = (String) claims(token).get("sk");

        HttpResult seen = get(at(probe, "probe/session"), cookie("JSESSIONID", token));

        assertThat(seen.body(), equalTo("session=" + sessionId + "\nmechanism=" + sessionId));
    }

    @Test
    void changeSessionIdIssuesANewTokenAndKillsTheOldOne(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                                         @ArquillianResource @OperateOnDeployment("probe") URL probe) {
        String before = cookieValue(get(at(probe, "probe/create-redirect")), "JSESSIONID");
        String oldId = (String) claims(before).get("sk");

        HttpResult rotated = get(at(probe, "probe/rotate"), cookie("JSESSIONID", before));
        String after = cookieValue(rotated, "JSESSIONID");
        String newId = (String) claims(after).get("sk");

        assertThat(newId, not(equalTo(oldId)));
        assertThat(rotated.body(), startsWith("session=" + newId));
        assertThat(get(at(probe, "probe/session"), cookie("JSESSIONID", after)).body(),
                startsWith("session=" + newId));
        assertThat(get(at(probe, "probe/session"), cookie("JSESSIONID", before)).body(),
                startsWith("session=none"));
    }

    @Test
    void invalidateDeletesTheCookieAndTheOldTokenReachesNothing(
            @ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String token = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        HttpResult logout = post(at(demo, "api/logout"), "", cookie("JSESSIONID", token));

        assertThat(logout.setCookies("JSESSIONID"), hasSize(1));
        String deletion = logout.setCookies("JSESSIONID").get(0);
        assertThat(deletion, startsWith("JSESSIONID=;"));
        assertThat(deletion, containsString("Max-Age=0"));
        assertThat("the path of the demo's web.xml", deletion, containsString("; Path=/;"));
        assertThat(logout.header("Cache-Control").orElse(""), containsString("no-store"));
        HttpResult replay = get(at(demo, "api/session?create=false"), cookie("JSESSIONID", token));
        assertThat(parse(replay.body()).get("sessionId"), is((Object) null));
        assertThat(parse(replay.body()).get("counter"), equalTo(0L));
    }

    @Test
    void invalidateThenNewSessionInOneRequestSendsOnlyTheNewToken(
            @ArquillianResource @OperateOnDeployment("probe") URL probe) {
        HttpResult result = get(at(probe, "probe/invalidate-recreate"));

        String token = cookieValue(result, "JSESSIONID");
        assertThat(result.body(), startsWith("session=" + claims(token).get("sk")));
    }
}
