package dev.sessionjwt.it.ee11;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.ServerUnderTest;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.ee11.app.PlatformServlet;

/**
 * The EE 11 server runs on Java 21 or newer with Servlet 6.1, CDI 4.1 and Jakarta Security 4.0, and the library, one jar
 * built against the EE 10 APIs for Java 17, issues and honours its token there unchanged.
 */
class PlatformIT extends IntegrationTestBase {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive platform() {
        return withConfig(webArchive("platform").addClass(PlatformServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void serverRunsOnJava21OrNewer() {
        assertThat("the Java feature version of " + ServerUnderTest.current().id(),
                Integer.parseInt(platform(get(at(url, "platform"))).get("java")), greaterThanOrEqualTo(21));
    }

    @Test
    void serverIsServlet61WithCdi41AndSecurity40() {
        Map<String, String> platform = platform(get(at(url, "platform")));

        assertThat(platform.get("servlet"), equalTo("6.1"));
        assertThat(platform.get("cdi41"), equalTo("true"));
        assertThat(platform.get("security40"), equalTo("true"));
    }

    @Test
    void libraryBuiltForEe10IssuesAndHonoursItsTokenOnEe11() {
        HttpResult created = get(at(url, "platform?session=create"));
        String token = Tokens.cookieValue(created, "JSESSIONID");
        String session = platform(created).get("session");

        assertThat(session, not(equalTo("none")));
        assertThat(Tokens.claims(token).get("sk"), equalTo((Object) session));
        assertThat(platform(get(at(url, "platform"), Tokens.cookie("JSESSIONID", token))).get("session"), is(session));
    }

    private static Map<String, String> platform(HttpResult result) {
        assertThat(result.body(), result.status(), is(200));
        Map<String, String> values = new LinkedHashMap<>();
        result.body().lines().forEach(line -> values.put(line.substring(0, line.indexOf('=')),
                line.substring(line.indexOf('=') + 1)));
        return values;
    }
}
