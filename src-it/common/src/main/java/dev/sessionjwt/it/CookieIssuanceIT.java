package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static dev.sessionjwt.it.Tokens.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;

/** The first response of a session carries exactly one signed JWT cookie, with the container's attributes. */
class CookieIssuanceIT extends IntegrationTestBase {

    @ArquillianResource
    private URL demo;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Test
    void newSessionGetsExactlyOneJwtCookieSignedWithTheDemoKeyAndNamingItsKid() throws Exception {
        HttpResult result = get(at(demo, "api/session"));

        assertThat(result.status(), is(200));
        assertThat(result.setCookies(), hasSize(1));
        String token = cookieValue(result, "JSESSIONID");
        JwtClaims verified = new JwtConsumerBuilder()
                .setVerificationKey(Tokens.demoPublicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build().processToClaims(token);
        Map<String, Object> body = parse(result.body());
        assertThat(verified.getStringClaimValue("sk"), equalTo(body.get("sessionId")));
        assertThat(Tokens.header(token), equalTo(Map.of("alg", "ES256", "kid", Tokens.demoKeyId(), "typ", "JWT")));
        assertThat(verified.getJwtId().length(), is(22));
        long lifetime = verified.getExpirationTime().getValue() - verified.getIssuedAt().getValue();
        assertThat("default lifetime is the 30 minute session timeout", lifetime, is(1800L));
        assertThat("the app sees the claims of the token it was just issued", body.get("claims"),
                equalTo(claims(token)));
    }

    @Test
    void cookieHasTheAttributesOfTheDemoWebXml() {
        String header = get(at(demo, "api/session")).setCookies("JSESSIONID").get(0);

        // the demo's web.xml sets path / (for its reader at /reader), HttpOnly and SameSite=Lax
        assertThat(header, containsString("; Path=/;"));
        assertThat(header, containsString("; HttpOnly"));
        assertThat(header, containsString("; SameSite=Lax"));
        assertThat(header, not(containsString("Max-Age")));
        assertThat(header, not(containsString("Secure")));
        assertThat(header, not(containsString("Domain")));
    }

    @Test
    void ordinaryRequestsOnALiveSessionGetNoSetCookie() {
        String token = cookieValue(get(at(demo, "api/session")), "JSESSIONID");

        for (int i = 0; i < 3; i++) {
            HttpResult result = post(at(demo, "api/counter"), "", cookie("JSESSIONID", token));
            assertThat(result.status(), is(200));
            assertThat(result.setCookies(), is(empty()));
        }
    }

    @Test
    void requestWithoutSessionGetsNoCookie() {
        HttpResult result = get(at(demo, "api/session?create=false"));

        assertThat(result.status(), is(200));
        assertThat(result.setCookies(), is(empty()));
        assertThat(parse(result.body()).get("sessionId"), is((Object) null));
    }

    @Test
    void encodeUrlNeverAddsTheSessionId() {
        String token = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        HttpResult page = get(at(demo, ""), cookie("JSESSIONID", token));

        assertThat(page.status(), is(200));
        assertThat(page.body(), containsString("<span id=\"counter\">1</span>"));
        assertThat(page.body(), not(containsString("jsessionid")));
        assertThat(page.body(), containsString("action=\"/demo/page/increment\""));
    }

    @Test
    void demoApiAnswersWithSessionCounterAndClaims() {
        Map<String, Object> created = parse(get(at(demo, "api/session")).body());

        assertThat(created, hasKey("sessionId"));
        assertThat(created.get("sessionId"), instanceOf(String.class));
        assertThat(created.get("counter"), equalTo(0L));
        assertThat(((Map<?, ?>) created.get("claims")).keySet(), equalTo(Set.of("sk", "iss", "iat", "exp", "jti")));
        assertThat(((Map<?, ?>) created.get("claims")).get("sk"), equalTo(created.get("sessionId")));
    }
}
