package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.adapter.AdapterProbeServlet;

/**
 * An application supplies its own container adapter through META-INF/services, as
 * src/site/markdown/contributing.md#container-adapters shows: the library finds it with ServiceLoader, prefers it to
 * the built-in one (default priority), and binds through it.
 */
class ApplicationAdapterIT extends IntegrationTestBase {

    private static final String PACKAGE = "dev.sessionjwt.it.app.adapter.";

    @Deployment(name = "own-adapter", testable = false)
    static WebArchive ownAdapter() {
        WebArchive war = webArchive("own-adapter").addClass(AdapterProbeServlet.class);
        Wars.withClassFile(war, PACKAGE + "CountingAdapterProvider");
        Wars.withClassFile(war, PACKAGE + "CountingAdapter");
        war.addAsResource(new StringAsset(PACKAGE + "CountingAdapterProvider\n"),
                "META-INF/services/dev.sessionjwt.container.ContainerAdapterProvider");
        return withConfig(war, Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void theApplicationsAdapterBindsEveryRequest(@ArquillianResource @OperateOnDeployment("own-adapter") URL url) {
        assertThat(get(at(url, "adapter")).body(), is("binds=1 session=none"));
    }

    @Test
    void sessionsWorkThroughTheApplicationsAdapter(@ArquillianResource @OperateOnDeployment("own-adapter") URL url) {
        HttpResult created = get(at(url, "adapter?create"));
        String id = created.body().substring(created.body().indexOf("session=") + "session=".length());
        String token = cookieValue(created, "JSESSIONID");

        assertThat(id, matchesPattern("[^ ]+"));
        assertThat(get(at(url, "adapter"), cookie("JSESSIONID", token)).body(), is("binds=1 session=" + id));
    }
}
