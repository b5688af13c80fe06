package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;

/** The cookie follows web.xml's {@code <session-config>}: name, path, domain, max-age, SameSite, timeout. */
class CookieConfigIT extends IntegrationTestBase {

    static final String WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <session-config>
                    <session-timeout>10</session-timeout>
                    <cookie-config>
                        <name>SJWT</name>
                        <domain>example.test</domain>
                        <path>/</path>
                        <http-only>true</http-only>
                        <max-age>600</max-age>
                        <attribute>
                            <attribute-name>SameSite</attribute-name>
                            <attribute-value>Strict</attribute-value>
                        </attribute>
                    </cookie-config>
                    <tracking-mode>URL</tracking-mode>
                </session-config>
            </web-app>
            """;

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive configured() {
        return withConfig(webArchive("configured").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class)
                        .setWebXML(new StringAsset(WEB_XML)),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void cookieCarriesTheConfiguredNameAndAttributes() {
        HttpResult result = get(at(app, "probe/create-flush"));

        assertThat(result.setCookies("JSESSIONID"), is(empty()));
        String header = result.setCookies("SJWT").get(0);
        assertThat(header, containsString("; Path=/;"));
        assertThat(header, containsString("; Domain=example.test"));
        assertThat(header, containsString("; Max-Age=600"));
        assertThat(header, containsString("; HttpOnly"));
        assertThat(header, containsString("; SameSite=Strict"));
    }

    @Test
    void sameSiteFromWebXmlReachesTheCookieWhetherTheContainerReadsItOrNot() {
        boolean containerReadsIt = ServerUnderTest.current().kind() == ServerUnderTest.LIBERTY
                || ServerUnderTest.current().kind() == ServerUnderTest.TOMCAT;
        // GlassFish 8.0.0 too: its web.xml reader (web-glue, CookieConfigNode) knows no <attribute> element
        assertThat("Payara 6.2025.3, GlassFish 7.0.25 and 8.0.0 and WildFly 37 ignore <cookie-config><attribute>; Open Liberty 25"
                        + " and Tomcat 10.1 parse it into their SessionCookieConfig, as Servlet 6 says",
                get(at(app, "probe/cookie-config")).body(),
                is(containerReadsIt ? "SameSite=Strict" : "SameSite=null"));
        assertThat(get(at(app, "probe/create-flush")).setCookies("SJWT").get(0), containsString("; SameSite=Strict"));
    }

    @Test
    void lifetimeDefaultsToTheConfiguredSessionTimeout() {
        Map<String, Object> claims = claims(cookieValue(get(at(app, "probe/create-flush")), "SJWT"));

        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue(), is(600L));
    }

    @Test
    void onlyTheConfiguredCookieNameReachesTheSession() {
        String token = cookieValue(get(at(app, "probe/create-flush")), "SJWT");
        String sessionId = (String) claims(token).get("sk");

        assertThat(get(at(app, "probe/session"), cookie("SJWT", token)).body(), startsWith("session=" + sessionId));
        assertThat(get(at(app, "probe/session"), cookie("JSESSIONID", token)).body(), startsWith("session=none"));
    }

    @Test
    void urlTrackingModeFromWebXmlIsSwitchedOff() {
        String token = cookieValue(get(at(app, "probe/create-flush")), "SJWT");

        HttpResult encoded = get(at(app, "probe/encode"), cookie("SJWT", token));

        assertThat(encoded.body(), is("/configured/x"));
    }
}
