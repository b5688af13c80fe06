package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
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
 * A token is signed only when needed: past half its lifetime, or on every response when
 * {@code session-jwt.save-every-request=true}; {@code session-jwt.expires} sets its lifetime.
 */
class ReissueIT extends IntegrationTestBase {

    @Deployment(name = "demo", testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Deployment(name = "every", testable = false)
    static WebArchive saveEveryRequest() {
        return withConfig(webArchive("every").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", randomKey(), "session-jwt.save-every-request", "true",
                        "session-jwt.expires", "120"));
    }

    @Test
    void tokenPastHalfItsLifeIsReissuedForTheSameSession(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        HttpResult created = post(at(demo, "api/counter"), "");
        Map<String, Object> old = new LinkedHashMap<>(claims(cookieValue(created, "JSESSIONID")));
        long now = Instant.now().getEpochSecond();
        old.put("iat", now - 1000);
        old.put("exp", now + 800);
        String aging = Tokens.signDemo(old);

        HttpResult result = post(at(demo, "api/counter"), "", cookie("JSESSIONID", aging));

        assertThat(parse(result.body()).get("counter"), equalTo(2L));
        String renewed = cookieValue(result, "JSESSIONID");
        assertThat(claims(renewed).get("sk"), equalTo(old.get("sk")));
        assertThat(((Number) claims(renewed).get("iat")).longValue(), greaterThanOrEqualTo(now));
        assertThat(((Number) claims(renewed).get("exp")).longValue()
                - ((Number) claims(renewed).get("iat")).longValue(), is(1800L));
    }

    @Test
    void reissuedTokenOfASignedInAdminKeepsGroupsAndClaims(@ArquillianResource @OperateOnDeployment("demo") URL demo) {
        String signedIn = cookieValue(post(at(demo, "api/login"), "username=admin&password=admin-password"),
                "JSESSIONID");
        Map<String, Object> old = new LinkedHashMap<>(claims(signedIn));
        long now = Instant.now().getEpochSecond();
        old.put("iat", now - 1000);
        old.put("exp", now + 800);

        HttpResult result = get(at(demo, "api/me"), cookie("JSESSIONID", Tokens.signDemo(old)));
        Map<String, Object> renewed = claims(cookieValue(result, "JSESSIONID"));

        assertThat(result.status(), is(200));
        assertThat(renewed.get("sub"), equalTo("admin"));
        assertThat(renewed.get("groups"), equalTo(List.of("admin", "user")));
        assertThat(renewed.get("tenant"), equalTo("staff"));
    }

    @Test
    void saveEveryRequestSignsEveryResponseWithTheConfiguredLifetime(
            @ArquillianResource @OperateOnDeployment("every") URL every) {
        String first = cookieValue(get(at(every, "probe/create-flush")), "JSESSIONID");

        HttpResult second = get(at(every, "probe/session"), cookie("JSESSIONID", first));
        String renewed = cookieValue(second, "JSESSIONID");

        assertThat(second.body(), startsWith("session=" + claims(first).get("sk")));
        assertThat(claims(renewed).get("sk"), equalTo(claims(first).get("sk")));
        assertThat(claims(renewed).get("jti"), not(equalTo(claims(first).get("jti"))));
        assertThat(((Number) claims(renewed).get("exp")).longValue()
                - ((Number) claims(renewed).get("iat")).longValue(), is(120L));
    }
}
