package dev.sessionjwt.it.tomcat;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.EveryProblemAtOnce;
import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.LogCapture;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.app.ProbeServlet;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * Tomcat with Weld and SmallRye Config but no Jakarta Security (the execution "tomcat-bare", whose class path has no
 * Jakarta EE API jar): the library binds sessions with its authentication pieces dormant and says so once
 * ({@code SJWT0024}); a tampered cookie reaches no session; Tomcat listens on loopback only; an application with the
 * MicroProfile Config API but no implementation fails to deploy naming what to add ({@code SJWT0025}): this execution's
 * class path, the parent of Tomcat's web application class loader, has none either (pom.xml); and a deployment
 * whose library initializer runs before Weld's still fails with one error naming every problem.
 */
class TomcatBareIT extends IntegrationTestBase {

    private static final String INITIALIZERS =
            "WEB-INF/classes/META-INF/services/jakarta.servlet.ServletContainerInitializer";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "healthy", testable = false)
    static WebArchive healthy() {
        return withConfig(webArchive("healthy").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "dormant", testable = false, managed = false)
    static WebArchive dormant() {
        return withConfig(webArchive("dormant").addClass(ProbeServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    /** The library, Weld servlet and the MicroProfile Config API, but no implementation of it (no SmallRye Config). */
    @Deployment(name = "noconfig", testable = false, managed = false)
    static WebArchive withoutMicroProfileConfigImplementation() {
        return withConfig(Wars.libraryWarWithout("noconfig", "smallrye-").addClass(OkServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    /**
     * Every kind of configuration problem at once, the claim producer's among them, with the library's initializer
     * listed in WEB-INF/classes before Weld's: Tomcat runs it first, before Weld has booted CDI and checked the
     * producers (as it may for any WAR that does not list Weld's initializer first: Tomcat runs the jars' initializers
     * in directory order).
     */
    @Deployment(name = "initializer-first", testable = false, managed = false)
    static WebArchive libraryInitializerBeforeWeld() {
        WebArchive war = EveryProblemAtOnce.war("initializer-first");
        war.delete(INITIALIZERS);
        return war.add(new StringAsset("dev.sessionjwt.servlet.SessionJwtInitializer\n"
                + "org.jboss.weld.environment.servlet.EnhancedListener\n"), INITIALIZERS);
    }

    @Test
    void whenTheLibrarysInitializerRunsBeforeWeldItsOneErrorStillNamesTheProducersProblem(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "initializer-first");
            EveryProblemAtOnce.assertReportedInOneError(log);
        }
        assertThat(LoopbackTomcatContainer.failed("initializer-first.war"), is(true));
        assertThat(get(at(healthy, "../initializer-first/ok")).status(), is(404));
    }

    @Test
    void theTestJvmOffersNoMicroProfileConfigImplementation() {
        assertThat(getClass().getClassLoader().getResource(
                "META-INF/services/org.eclipse.microprofile.config.spi.ConfigProviderResolver"), is(nullValue()));
    }

    @Test
    void withoutAMicroProfileConfigImplementationTheDeploymentFailsNamingWhatToAdd(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "noconfig");
            String all = log.messages().toString();
            assertThat(all, log.contains("SJWT0025: session-jwt reads its settings through MicroProfile Config, and"
                    + " this application has no implementation of it. Tomcat has none: add the API and an"
                    + " implementation to WEB-INF/lib, for example"
                    + " org.eclipse.microprofile.config:microprofile-config-api:3.1 and"
                    + " io.smallrye.config:smallrye-config:3.9.1"), is(true));
            assertThat(all, log.contains("[see src/site/markdown/messages.md#sjwt0025]"), is(true));
        }
        assertThat(LoopbackTomcatContainer.failed("noconfig.war"), is(true));
        assertThat(get(at(healthy, "../noconfig/ok")).status(), is(404));
    }

    @Test
    void theApplicationHasNoJakartaSecurity() {
        assertThat(isLoadable("jakarta.security.enterprise.SecurityContext"), is(false));
    }

    @Test
    void withoutJakartaSecurityTheCookieStillBindsAndTheDormantPartIsLoggedOnce(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        List<String> sjwt0024;
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("dormant");
            sjwt0024 = log.messages().stream().filter(m -> m != null && m.startsWith("SJWT0024")).toList();
        }
        try {
            HttpResult created = get(at(healthy, "../dormant/probe/create-redirect"));
            String token = cookieValue(created, "JSESSIONID");
            String sessionId = (String) claims(token).get("sk");
            HttpResult seen = get(at(healthy, "../dormant/probe/session"), "JSESSIONID=" + token);
            String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);
            HttpResult refused = get(at(healthy, "../dormant/probe/session"), "JSESSIONID=" + tampered);

            assertThat(sjwt0024.size(), equalTo(1));
            assertThat(sjwt0024.get(0), containsString("org.glassfish.soteria:jakarta.security.enterprise:3.0.3"));
            assertThat(seen.body(), startsWith("session=" + sessionId));
            assertThat(refused.status(), equalTo(200));
            assertThat(refused.body(), startsWith("session=none"));
        } finally {
            deployer.undeploy("dormant");
        }
    }

    @Test
    void tomcatListensOnLoopbackOnly(@ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        TomcatSockets.assertLoopbackOnly(healthy);
    }

    private static boolean isLoadable(String className) {
        try {
            Class.forName(className, false, TomcatBareIT.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
