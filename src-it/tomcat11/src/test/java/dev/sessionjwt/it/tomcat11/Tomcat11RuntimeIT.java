package dev.sessionjwt.it.tomcat11;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.tomcat.TomcatSockets;
import dev.sessionjwt.it.tomcat11.app.RuntimeServlet;

/**
 * Tomcat 11, embedded in this JVM, listens on 127.0.0.1 only, implements Servlet 6.1 and runs on Java 21 or newer (the
 * toolchain the build selected), with the library built for Java 17 against the Jakarta EE 10 APIs in WEB-INF/lib.
 */
class Tomcat11RuntimeIT extends IntegrationTestBase {

    @Deployment(name = "runtime", testable = false)
    static WebArchive runtime() {
        return withConfig(webArchive("tomcat11-runtime").addClass(RuntimeServlet.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void everySocketOfTheTestJvmIsOnLoopback(@ArquillianResource @OperateOnDeployment("runtime") URL url) {
        TomcatSockets.assertLoopbackOnly(url);
    }

    @Test
    void theApplicationRunsOnTomcat11WithServlet61OnJava21OrNewer(
            @ArquillianResource @OperateOnDeployment("runtime") URL url) {
        HttpResult result = get(at(url, "runtime"));

        assertThat(result.status(), is(200));
        assertThat(result.body(), containsString("server=Apache Tomcat/11.0."));
        assertThat(result.body(), containsString("servlet=6.1"));
        Matcher java = Pattern.compile("java=(\\d+)").matcher(result.body());
        assertThat(java.find(), is(true));
        assertThat(Integer.parseInt(java.group(1)), greaterThanOrEqualTo(21));
    }
}
