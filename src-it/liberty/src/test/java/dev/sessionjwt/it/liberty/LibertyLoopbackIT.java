package dev.sessionjwt.it.liberty;

import static org.hamcrest.MatcherAssert.assertThat;
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

/** Open Liberty, started by the build, listens on 127.0.0.1 only and serves a WAR that carries the library. */
class LibertyLoopbackIT extends IntegrationTestBase {

    @Deployment(name = "liberty-smoke", testable = false)
    static WebArchive smoke() {
        return withConfig(webArchive("liberty-smoke").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void everySocketOfTheServerIsOnLoopback(@ArquillianResource @OperateOnDeployment("liberty-smoke") URL url) {
        List<String> sockets = ListeningSockets.ofProcess(LibertyProcess.find().pid());
        List<String> beyondLoopback = sockets.stream().filter(socket -> !isLoopback(socket)).toList();

        assertThat("all sockets: " + sockets, beyondLoopback, is(empty()));
        assertThat(sockets, hasItem("tcp 127.0.0.1:" + Integer.getInteger("it.liberty.http.port")));
        assertThat("the HTTPS listener the keystore of server.xml opens", sockets,
                hasItem("tcp 127.0.0.1:" + Integer.getInteger("it.liberty.https.port")));
        assertThat(url.getPort(), equalTo(Integer.getInteger("it.liberty.http.port")));
    }

    @Test
    void servesAWarWithTheLibraryOverLoopback(@ArquillianResource @OperateOnDeployment("liberty-smoke") URL url) {
        HttpResult result = get(at(url, "ok"));

        assertThat(result.status(), is(200));
        assertThat(result.body(), equalTo("ok"));
    }

    /** "tcp 127.0.0.1:8080" or "tcp6 ::1:8080": the address between the table name and the last colon. */
    private static boolean isLoopback(String socket) {
        String address = socket.substring(socket.indexOf(' ') + 1, socket.lastIndexOf(':'));
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1");
    }
}
