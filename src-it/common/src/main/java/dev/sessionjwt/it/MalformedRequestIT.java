package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.ThrowingServlet;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * Malformed requests to an application that carries the library and nothing else (no Jakarta Security, so it also runs
 * on Tomcat without it): the server answers them without a stack trace, a server name or a version, whether its
 * connector refuses them or the library and the application see them ({@link MalformedRequestTestBase}); and an
 * application that throws gets a 500 without its exception, even for a client on loopback (as every client is behind a
 * reverse proxy on the same host).
 */
class MalformedRequestIT extends MalformedRequestTestBase {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive malformed() {
        return withConfig(webArchive("malformed").addClasses(OkServlet.class, ThrowingServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void applicationExceptionIsAnsweredWithoutDisclosure() {
        RawHttpExchange answer = exchange(url.getPath() + "throws", "Accept: */*");

        assertThat(answer.status(), is(500));
        assertThat(answer.response(), disclosures(answer).stream().filter(found -> !found.equals("status 500")).toList(),
                is(empty()));
    }

    @Override
    protected URL deployment() {
        return url;
    }

    @Override
    protected String resource() {
        return "ok";
    }
}
