package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The issuer respects {@code session-jwt.max-token-size}: a token the verifier would refuse as too large on
 * the next request (and so log the user out on every request) is issued with the core claims only.
 */
class TokenSizeIT extends IntegrationTestBase {

    /** {@code RequestDrivenClaims.HEADER}; the class itself cannot be loaded in the test JVM. */
    private static final String HEADER = "X-Claims";

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive smallTokens() {
        return withConfig(Wars.withClassFile(webArchive("smalltokens").addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view"),
                        "dev.sessionjwt.it.app.RequestDrivenClaims"),
                Map.of("session-jwt.key", randomKey(), "session-jwt.max-token-size", "1024"));
    }

    @Test
    void aTokenOverTheConfiguredLimitIsIssuedWithCoreClaimsAndStillWorks() {
        HttpResult result = send(request(at(app, "api/session")).header(HEADER, "medium").GET());

        String token = cookieValue(result, "JSESSIONID");
        assertThat(token.length(), lessThanOrEqualTo(1024));
        Map<String, Object> claims = claims(token);
        assertThat(claims.keySet(), equalTo(Set.of("sk", "iat", "exp", "jti")));
        assertThat(get(at(app, "api/session?create=false"), cookie("JSESSIONID", token)).body(),
                containsString(String.valueOf(claims.get("sk"))));
    }
}
