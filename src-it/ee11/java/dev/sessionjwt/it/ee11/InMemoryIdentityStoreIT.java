package dev.sessionjwt.it.ee11;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.ee11.app.InMemoryLoginServlet;
import dev.sessionjwt.it.ee11.app.InMemoryUsers;
import dev.sessionjwt.it.ee11.app.PlatformServlet;

/**
 * Jakarta Security 4.0's {@code @InMemoryIdentityStoreDefinition} with the library's authentication mechanism: a
 * programmatic login is validated against the in-memory store, rotates the session, puts the caller and groups in the
 * token, and the token alone then carries the caller and its roles.
 */
class InMemoryIdentityStoreIT extends IntegrationTestBase {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive inMemory() {
        return withConfig(webArchive("in-memory").addClasses(InMemoryUsers.class, InMemoryLoginServlet.class,
                PlatformServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void loginAgainstTheInMemoryStoreRotatesTheSessionAndPutsTheCallerInTheToken() {
        HttpResult anonymous = get(at(url, "platform?session=create"));
        String before = Tokens.cookieValue(anonymous, "JSESSIONID");

        HttpResult login = post(at(url, "login"), "username=grace&password=grace-password",
                Tokens.cookie("JSESSIONID", before));

        assertThat(login.body(), login.status(), is(200));
        assertThat(login.body(), equalTo("name=grace;user=true;admin=true"));
        Map<String, Object> claims = Tokens.claims(Tokens.cookieValue(login, "JSESSIONID"));
        assertThat(claims, hasEntry("sub", (Object) "grace"));
        assertThat(claims, hasEntry("groups", (Object) List.of("admin", "user")));
        assertThat(claims.get("sk"), not(equalTo(Tokens.claims(before).get("sk"))));
    }

    @Test
    void theTokenAloneCarriesTheCallerAndItsRoles() {
        String token = Tokens.cookieValue(post(at(url, "login"), "username=ada&password=ada-password"), "JSESSIONID");

        assertThat(get(at(url, "me"), Tokens.cookie("JSESSIONID", token)).body(), equalTo("name=ada;user=true;admin=false"));
        assertThat(get(at(url, "admin"), Tokens.cookie("JSESSIONID", token)).status(), is(403));
    }

    @Test
    void wrongPasswordAnswers401AndIssuesNoCaller() {
        HttpResult wrong = post(at(url, "login"), "username=ada&password=grace-password");

        assertThat(wrong.status(), is(401));
        assertThat(get(at(url, "me")).status(), is(401));
    }
}
