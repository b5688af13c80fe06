package dev.sessionjwt.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.DemoArchive;

/**
 * Malformed requests to the demo, on the server set-up the demo runs on ({@code mvn -Pdemo}): aimed at
 * {@code api/me}, which without a signed-in caller answers through the server's own error page (401), so both the
 * server's refusals and its error page are held to {@link MalformedRequestTestBase}.
 */
class DemoMalformedRequestIT extends MalformedRequestTestBase {

    @ArquillianResource
    private URL demo;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Override
    protected URL deployment() {
        return demo;
    }

    @Override
    protected String resource() {
        return "api/me";
    }
}
