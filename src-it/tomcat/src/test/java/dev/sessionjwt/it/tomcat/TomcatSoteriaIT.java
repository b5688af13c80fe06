package dev.sessionjwt.it.tomcat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.LogCapture;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;
import dev.sessionjwt.it.smoke.OkServlet;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;

/**
 * Why logins through Soteria need the Tomcat set-up of src/site/markdown/tomcat.md (execution "tomcat", Soteria in WEB-INF/lib): Soteria
 * 3.0's {@code SamRegistrationInstaller} registers its authentication module with Tomcat's Jakarta Authentication factory
 * (for the application context "virtual server name + space + context path") only when it finds CDI, which it looks up
 * in JNDI alone ({@code java:comp/env/BeanManager}); without that, it registers nothing and says so at FINEST only, no
 * mechanism is ever called (a protected page answers Tomcat's own 403). The factory is Tomcat's, in this JVM.
 */
class TomcatSoteriaIT extends IntegrationTestBase {

    /** Tomcat's virtual server name: engine "Tomcat", host 127.0.0.1 (LoopbackTomcatContainer). */
    private static final String VIRTUAL_SERVER = "Tomcat/127.0.0.1";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "healthy", testable = false)
    static WebArchive healthy() {
        return withConfig(webArchive("soteria-healthy").addClass(OkServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    /**
     * An application mechanism that records that it ran, shaped as every Tomcat test WAR: the BeanManager in
     * META-INF/context.xml, Weld's initializer first.
     */
    @Deployment(name = "setup", testable = false, managed = false)
    static WebArchive withTheSetUp() {
        return probe("soteria-setup");
    }

    /** The same without META-INF/context.xml: no BeanManager in JNDI. */
    @Deployment(name = "nojndi", testable = false, managed = false)
    static WebArchive withoutTheBeanManagerInJndi() {
        WebArchive war = probe("soteria-nojndi");
        war.delete("META-INF/context.xml");
        return war;
    }

    private static WebArchive probe(String name) {
        return withConfig(webArchive(name).addClasses(ProbeMechanism.class, ProbeServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void withTheSetUpSoteriaRegistersItsModuleAndTheMechanismIsCalled(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("setup");
            assertThat(log.contains("Initializing Soteria 3.0.3 for context '/soteria-setup'"), is(true));
        }
        try {
            assertThat(provider("/soteria-setup"), is(notNullValue()));
            assertThat(get(at(healthy, "../soteria-setup/probe/session")).body(), containsString("mechanism=none"));
        } finally {
            deployer.undeploy("setup");
        }
    }

    @Test
    void withoutTheBeanManagerInJndiSoteriaRegistersNothingAndNoMechanismIsCalled(
            @ArquillianResource @OperateOnDeployment("healthy") URL healthy) {
        try (LogCapture log = LogCapture.start()) {
            deployer.deploy("nojndi");
            assertThat(log.contains("Initializing Soteria"), is(false));
        }
        try {
            assertThat(provider("/soteria-nojndi"), is(nullValue()));
            assertThat(get(at(healthy, "../soteria-nojndi/probe/session")).body(), containsString("mechanism=null"));
        } finally {
            deployer.undeploy("nojndi");
        }
    }

    private static AuthConfigProvider provider(String contextPath) {
        return AuthConfigFactory.getFactory()
                .getConfigProvider("HttpServlet", VIRTUAL_SERVER + " " + contextPath, null);
    }
}
