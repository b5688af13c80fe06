package dev.sessionjwt.it.tomcat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import dev.sessionjwt.it.cluster.ListeningSockets;
import dev.sessionjwt.it.smoke.OkServlet;

/** Tomcat, embedded in this JVM, listens on 127.0.0.1 only and serves a WAR that carries the library. */
class TomcatLoopbackIT extends IntegrationTestBase {

    @Deployment(name = "tomcat-smoke", testable = false)
    static WebArchive smoke() {
        return withConfig(webArchive("tomcat-smoke").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void everySocketOfTheTestJvmIsOnLoopback(@ArquillianResource @OperateOnDeployment("tomcat-smoke") URL url) {
        TomcatSockets.assertLoopbackOnly(url);
    }

    @Test
    void servesAWarWithTheLibraryOverLoopback(@ArquillianResource @OperateOnDeployment("tomcat-smoke") URL url) {
        HttpResult result = get(at(url, "ok"));

        assertThat(result.status(), is(200));
        assertThat(result.body(), equalTo("ok"));
    }
}
