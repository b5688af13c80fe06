package dev.sessionjwt.it;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.smoke.OkServlet;

/**
 * Malformed requests to an application that carries the library and nothing else (no Jakarta Security, so it also runs
 * on Tomcat without it): the server answers them without a stack trace, a server name or a version, whether its
 * connector refuses them or the library and the application see them ({@link MalformedRequestTestBase}).
 */
class MalformedRequestIT extends MalformedRequestTestBase {

    @ArquillianResource
    private URL url;

    @Deployment(testable = false)
    static WebArchive malformed() {
        return withConfig(webArchive("malformed").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
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
