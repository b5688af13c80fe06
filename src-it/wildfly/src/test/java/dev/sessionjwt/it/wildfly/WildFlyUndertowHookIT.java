package dev.sessionjwt.it.wildfly;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.app.ProbeMechanism;
import dev.sessionjwt.it.app.ProbeServlet;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * The library's Undertow hook: without its session-config wrapper the deployment fails (Undertow would otherwise keep
 * its own cookie), and with it Undertow reads no session id of its own, not even one in WildFly's routed form.
 */
class WildFlyUndertowHookIT extends IntegrationTestBase {

    /** The node name the build gives WildFly (jboss.node.name): WildFly's own cookie ends its session id with it. */
    private static final String WILDFLY_ROUTE = "session-jwt-it";
    private static final String REPLACING_EXTENSION = "dev.sessionjwt.it.wildfly.app.WrapperReplacingExtension";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "hooked", testable = false)
    static WebArchive hooked() {
        return withConfig(webArchive("hooked").addClasses(ProbeServlet.class, ProbeMechanism.class, Counter.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "unhooked", testable = false, managed = false)
    static WebArchive unhooked() {
        WebArchive war = withConfig(webArchive("unhooked").addClass(OkServlet.class),
                Map.of("session-jwt.key", randomKey()));
        return Wars.withClassFile(war, REPLACING_EXTENSION).addAsResource(new StringAsset(REPLACING_EXTENSION),
                "META-INF/services/io.undertow.servlet.ServletExtension");
    }

    @Test
    void deploymentWhoseWrapperWasReplacedFailsWithSjwt0015(
            @ArquillianResource @OperateOnDeployment("hooked") URL hooked) {
        Exception failure = assertThrows(Exception.class, () -> deployer.deploy("unhooked"));

        assertThat(stackTrace(failure), containsString("SJWT0015"));
        assertThat(get(at(hooked, "../unhooked/ok")).status(), is(404));
    }

    @Test
    void wildFlysOwnRoutedSessionIdReachesNoSession(@ArquillianResource @OperateOnDeployment("hooked") URL hooked) {
        String token = cookieValue(get(at(hooked, "probe/create-flush")), "JSESSIONID");
        String routed = claims(token).get("sk") + "." + WILDFLY_ROUTE;

        HttpResult byCookie = get(at(hooked, "probe/session"), cookie("JSESSIONID", routed));
        HttpResult byUrl = get(at(hooked, "probe/session;jsessionid=" + routed));

        assertThat(byCookie.body(), startsWith("session=none"));
        assertThat(byUrl.body(), startsWith("session=none"));
        assertThat(get(at(hooked, "probe/session"), cookie("JSESSIONID", token)).body(),
                startsWith("session=" + claims(token).get("sk")));
    }

    private static String stackTrace(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
