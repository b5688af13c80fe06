package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.cluster.ListeningSockets;
import dev.sessionjwt.it.smoke.FailingListener;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * The server boots on loopback (nothing this JVM listens on is reachable from elsewhere), a WAR with the library jar
 * serves over real HTTP, deployment failures show.
 */
class ContainerSmokeIT extends IntegrationTestBase {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "smoke", testable = false)
    static WebArchive smoke() {
        return okWar("smoke");
    }

    @Deployment(name = "broken-managed", testable = false)
    @ShouldThrowException(DeploymentException.class)
    static WebArchive brokenManaged() {
        return okWar("broken-managed").addClass(FailingListener.class);
    }

    @Deployment(name = "broken", testable = false, managed = false)
    static WebArchive broken() {
        return okWar("broken").addClass(FailingListener.class);
    }

    @Deployment(name = "after-broken", testable = false, managed = false)
    static WebArchive afterBroken() {
        return okWar("after-broken");
    }

    @Test
    void servesOkOverLoopback(@ArquillianResource @OperateOnDeployment("smoke") URL url) {
        URI uri = at(url, "ok");
        HttpResult result = get(uri);
        assertThat(uri.getHost(), is("127.0.0.1"));
        assertThat(result.status(), is(200));
        assertThat(result.body(), equalTo("ok"));
    }

    @Test
    void theServerListensOnLoopbackOnly(@ArquillianResource @OperateOnDeployment("smoke") URL url) {
        assertThat(get(at(url, "ok")).status(), is(200));
        long pid = ServerUnderTest.current().processId();

        assertThat(ListeningSockets.listeningOf(pid), hasItem(containsString(" 127.0.0.1:" + url.getPort())));
        assertThat("the " + ServerUnderTest.current().id() + " process", ListeningSockets.nonLoopbackOf(pid), is(empty()));
    }

    @Test
    void failedDeploymentIsLoggedAndTheNextOneStillReadsItsConfig(
            @ArquillianResource @OperateOnDeployment("smoke") URL smoke) {
        try (LogCapture log = LogCapture.start()) {
            deployFailing(deployer, "broken");
            assertThat(log.messages().toString(), log.contains(FailingListener.MESSAGE), is(true));
        }
        assertThat(get(at(smoke, "../broken/ok")).status(), is(404));

        deployer.deploy("after-broken");
        assertThat(get(at(smoke, "../after-broken/ok")).body(), equalTo("ok"));
        deployer.undeploy("after-broken");
    }

    /** A WAR with the library, configured with a key (named as a string: no library classes here), and /ok. */
    private static WebArchive okWar(String name) {
        return withConfig(webArchive(name).addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }
}
