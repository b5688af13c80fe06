package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.smoke.OkServlet;

/**
 * A bad configuration fails the deployment with messages that name the key, the value and what is
 * expected, all problems at once; the application is then not reachable.
 */
class DeploymentFailureIT extends IntegrationTestBase {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "healthy", testable = false)
    static WebArchive healthy() {
        return withConfig(webArchive("healthy").addClass(OkServlet.class), Map.of("session-jwt.key", Tokens.demoSecret()));
    }

    @Deployment(name = "nokey", testable = false, managed = false)
    static WebArchive noKey() {
        return webArchive("nokey").addClass(OkServlet.class);
    }

    @Deployment(name = "badconfig", testable = false, managed = false)
    static WebArchive badConfig() {
        return withConfig(webArchive("badconfig").addClass(OkServlet.class), Map.of(
                "session-jwt.key", "too-short-secret",
                "session-jwt.expires", "ten minutes",
                "session-jwt.session-field", "exp"));
    }

    @Deployment(name = "distributable", testable = false, managed = false)
    static WebArchive distributable() {
        return withConfig(webArchive("distributable").addClass(OkServlet.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                                + "<distributable/></web-app>")),
                Map.of("session-jwt.key", Tokens.demoSecret()));
    }

    @Deployment(name = "hostprefix", testable = false, managed = false)
    static WebArchive hostPrefixWithoutSecure() {
        return withConfig(webArchive("hostprefix").addClass(OkServlet.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                                + "<session-config><cookie-config><name>__Host-session</name><path>/</path>"
                                + "</cookie-config></session-config></web-app>")),
                Map.of("session-jwt.key", Tokens.demoSecret()));
    }

    @Test
    void hostPrefixedCookieThatIsNotSecureFailsTheDeployment(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("hostprefix");
            assertThat(log.messages().toString(), log.contains("SJWT0012: <session-config><cookie-config> (or"
                    + " SessionCookieConfig) = name \"__Host-session\", secure false"), is(true));
        }
        assertThat(get(at(healthy, "../hostprefix/ok")).status(), is(404));
    }

    @Test
    void missingKeyFailsTheDeploymentNamingTheKey(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("nokey");
            assertThat(log.messages().toString(), log.contains("SJWT0001: session-jwt.key = (absent) is invalid;"
                    + " expected a secret of at least 32 bytes"), is(true));
        }
        assertThat(get(at(healthy, "../nokey/ok")).status(), is(404));
    }

    @Test
    void everyBadValueIsReportedAtOnceWithoutShowingTheSecret(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("badconfig");
            String all = log.messages().toString();
            assertThat(all, log.contains("3 problems"), is(true));
            assertThat(all, log.contains("SJWT0002: session-jwt.key = (a secret of 16 bytes, not shown)"), is(true));
            assertThat(all, log.contains("SJWT0004: session-jwt.expires = \"ten minutes\" is invalid; expected a whole"
                    + " number of seconds"), is(true));
            assertThat(all, log.contains("SJWT0003: session-jwt.session-field = \"exp\""), is(true));
            assertThat(all, log.contains("too-short-secret"), is(false));
        }
        assertThat(get(at(healthy, "../badconfig/ok")).status(), is(404));
    }

    @Test
    void distributableApplicationIsRefused(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("distributable");
            assertThat(log.messages().toString(), log.contains("SJWT0011"), is(true));
        }
        assertThat(get(at(healthy, "../distributable/ok")).status(), is(404));
    }

    @Test
    void healthyApplicationServes(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        assertThat(get(at(healthy, "ok")).status(), is(200));
    }
}
