package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.DemoIdentityStore;
import dev.sessionjwt.demo.app.DemoUser;
import dev.sessionjwt.it.app.MechanismsServlet;
import dev.sessionjwt.it.app.form.FormLogin;
import dev.sessionjwt.it.app.form.SecureServlet;
import dev.sessionjwt.test.SessionJwtClient;

/**
 * An application with its own mechanism (a {@code @FormAuthenticationMechanismDefinition}): the library
 * installs none, and the application's form login works unchanged over the JWT-bound session. An
 * application without identity stores gets no mechanism either.
 */
class ApplicationMechanismIT extends IntegrationTestBase {

    @ArquillianResource
    @org.jboss.arquillian.container.test.api.OperateOnDeployment("formapp")
    private URL app;

    @Deployment(name = "formapp", testable = false)
    static WebArchive formApp() {
        return withConfig(webArchive("formapp")
                        .addClasses(FormLogin.class, SecureServlet.class, MechanismsServlet.class,
                                DemoIdentityStore.class, DemoUser.class, DemoUser.Profile.class)
                        .addAsWebResource(new StringAsset("<form method=post action=j_security_check>"
                                + "<input name=j_username><input name=j_password></form>"), "login.html")
                        .addAsWebResource(new StringAsset("wrong"), "login-error.html"),
                Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "nostore", testable = false)
    static WebArchive withoutIdentityStore() {
        return withConfig(webArchive("nostore").addClass(MechanismsServlet.class),
                Map.of("session-jwt.key", Wars.randomKey()));
    }

    @Test
    void applicationWithoutIdentityStoreGetsNoMechanismSoNoRequestPassesJakartaSecurity(
            @ArquillianResource @org.jboss.arquillian.container.test.api.OperateOnDeployment("nostore") URL nostore) {
        assertThat(SessionJwtClient.at(at(nostore, "")).get("mechanisms").body(), equalTo(""));
    }

    @Test
    void libraryInstallsNoMechanismOfItsOwn() {
        String mechanisms = SessionJwtClient.at(at(app, "")).get("mechanisms").body();

        assertThat(mechanisms.contains("dev.sessionjwt"), is(false));
        assertThat(mechanisms.isEmpty(), is(false));
    }

    @Test
    void formLoginWorksAndTheCookieAloneReachesTheProtectedPage() {
        SessionJwtClient client = SessionJwtClient.at(at(app, ""));
        assertThat("LoginToContinue forwards to the login page", client.get("secure").body(),
                org.hamcrest.Matchers.containsString("j_security_check"));
        String beforeLogin = client.sessionId().orElseThrow();

        var login = client.login("j_security_check", Map.of("j_username", "alice", "j_password", "alice-password"));

        assertThat(login.statusCode(), is(302));
        assertThat(client.sessionId().orElseThrow(), not(equalTo(beforeLogin)));
        assertThat(client.claims(), hasEntry("sub", (Object) "alice"));
        assertThat(client.claims(), hasEntry("groups", (Object) List.of("user")));
        SessionJwtClient cookieOnly = SessionJwtClient.at(at(app, ""));
        cookieOnly.useToken(client.token().orElseThrow());
        var page = cookieOnly.get("secure");
        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), startsWith("caller=alice\nadmin=false"));
    }
}
