package dev.sessionjwt.it.tomcat11;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.starter.StarterTestBase;

/**
 * The starter set-up of src/site/markdown/tomcat.md on Tomcat 11.0: {@code session-jwt-tomcat11}, or {@code session-jwt-tomcat11-security}
 * for logins, and no descriptor ({@link StarterTestBase}); the starters' jars come from the execution starter-libs of src-it/pom.xml.
 */
class StarterIT extends StarterTestBase {

    @ArquillianResource
    @OperateOnDeployment("starter-sessions")
    private URL sessions;

    @ArquillianResource
    @OperateOnDeployment("starter-logins")
    private URL logins;

    @Deployment(name = "starter-sessions", testable = false)
    static WebArchive sessionsApplication() {
        return sessionsWar("starter-sessions");
    }

    @Deployment(name = "starter-logins", testable = false)
    static WebArchive loginsApplication() {
        return loginsWar("starter-logins");
    }

    @Override
    protected URL sessions() {
        return sessions;
    }

    @Override
    protected URL logins() {
        return logins;
    }
}
