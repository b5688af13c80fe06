package dev.sessionjwt.it.federated;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;

/**
 * What the tests of a federated MicroProfile JWT service share, whichever vendor's MP-JWT reads the cookie: a
 * login on the demo that returns its token, and calls of the service's {@code whoami} with the token as a Bearer
 * token or in a {@code Cookie} header.
 */
public abstract class FederatedServiceTestBase extends IntegrationTestBase {

    /** Logs in to the demo and returns the token of the login response. */
    protected static String login(URL demo, String user, String password) {
        HttpResult result = post(at(demo, "api/login"), "username=" + user + "&password=" + password);
        assertThat(result.body(), result.status(), is(200));
        String token = cookieValue(result, "JSESSIONID");
        assertThat(claims(token).get("sub"), not(equalTo(null)));
        return token;
    }

    /** The service's answer to the token as {@code Authorization: Bearer}. */
    protected static HttpResult bearer(URL service, String token) {
        return send(request(at(service, "whoami")).header("Authorization", "Bearer " + token).GET());
    }

    /** The service's answer to a {@code Cookie} header as given. */
    protected static HttpResult cookieHeader(URL service, String header) {
        return send(request(at(service, "whoami")).header("Cookie", header).GET());
    }

    /** Base64url without padding of a JSON text, for hand-made token segments. */
    protected static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
