package dev.sessionjwt.it.tomcat11;

import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.tomcat11.app.inmemory.InMemoryLoginServlet;
import dev.sessionjwt.it.tomcat11.app.inmemory.InMemoryUsers;

/**
 * Jakarta Security 4.0's in-memory identity store ({@code @InMemoryIdentityStoreDefinition}, Soteria 4) with the
 * library's own authentication mechanism: a sign-in checks the declared users, the token names the caller and the
 * declared groups, the caller comes back from the token alone on later requests, and a wrong password changes nothing.
 */
class InMemoryIdentityStoreIT extends IntegrationTestBase {

    private static final String COOKIE = "JSESSIONID";

    @Deployment(name = "inmemory", testable = false)
    static WebArchive inMemory() {
        return withConfig(webArchive("inmemory").addClasses(InMemoryUsers.class, InMemoryLoginServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @ArquillianResource
    @OperateOnDeployment("inmemory")
    private URL app;

    @Test
    void aDeclaredUserSignsInAndTheTokenCarriesTheCallerAndGroups() {
        HttpResult login = post(at(app, "login"), "username=carol&password=carol-password");

        assertThat(login.status(), is(200));
        assertThat(login.body(), equalTo("carol user=true admin=false"));
        Map<String, Object> claims = Tokens.claims(cookieValue(login, COOKIE));
        assertThat(claims, hasEntry("sub", (Object) "carol"));
        assertThat(claims, hasEntry("groups", (Object) List.of("user")));
    }

    @Test
    void theCallerAndRolesComeBackFromTheTokenAlone() {
        String token = cookieValue(post(at(app, "login"), "username=dave&password=dave-password"), COOKIE);

        HttpResult me = get(at(app, "me"), cookie(COOKIE, token));

        assertThat(me.status(), is(200));
        assertThat(me.body(), equalTo("dave user=true admin=true"));
    }

    @Test
    void aWrongPasswordIsRefusedAndIssuesNoToken() {
        HttpResult refused = post(at(app, "login"), "username=carol&password=dave-password");

        assertThat(refused.status(), is(401));
        assertThat(refused.setCookies(COOKIE), is(empty()));
        assertThat(get(at(app, "me")).status(), is(401));
    }
}
