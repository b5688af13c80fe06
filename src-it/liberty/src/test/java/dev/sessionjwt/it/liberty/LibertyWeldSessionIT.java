package dev.sessionjwt.it.liberty;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.app.Counter;
import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.IntegrationTestBase;
import dev.sessionjwt.it.liberty.app.WeldProbeServlet;

/**
 * On Liberty, Weld's session holder ({@code org.jboss.weld.module.web.servlet.SessionHolder}) is hidden from the
 * application's class loader (Liberty exports no Weld implementation package to applications) and reachable through
 * the class loader of the application's {@code BeanManager}, Weld's bundle, which is where the Liberty adapter finds
 * it to refresh it after binding; a {@code @SessionScoped} bean then follows the session bound from the cookie.
 */
class LibertyWeldSessionIT extends IntegrationTestBase {

    @Deployment(name = "weld", testable = false)
    static WebArchive weld() {
        return withConfig(webArchive("weld").addClasses(WeldProbeServlet.class, Counter.class),
                Map.of("session-jwt.key", randomKey()));
    }

    @Test
    void sessionHolderIsHiddenFromTheApplicationButVisibleThroughWeldsBundle(
            @ArquillianResource @OperateOnDeployment("weld") URL weld) {
        HttpResult result = get(at(weld, "weld/holder"));

        assertThat(result.body(), equalTo("application=hidden beanManager=visible"));
    }

    @Test
    void sessionScopedBeanFollowsTheSessionBoundFromTheCookie(@ArquillianResource @OperateOnDeployment("weld") URL weld) {
        HttpResult aliceFirst = post(at(weld, "weld/count"), "");
        String alice = cookieValue(aliceFirst, "JSESSIONID");
        String aliceSession = (String) claims(alice).get("sk");
        String bob = cookieValue(post(at(weld, "weld/count"), ""), "JSESSIONID");

        HttpResult aliceSecond = post(at(weld, "weld/count?create=false"), "", cookie("JSESSIONID", alice));
        HttpResult bobSecond = post(at(weld, "weld/count?create=false"), "", cookie("JSESSIONID", bob));
        HttpResult aliceThird = post(at(weld, "weld/count?create=false"), "", cookie("JSESSIONID", alice));

        assertThat(aliceFirst.body(), equalTo("session=" + aliceSession + " counter=1"));
        assertThat(aliceSecond.body(), equalTo("session=" + aliceSession + " counter=2"));
        assertThat(bobSecond.body(), equalTo("session=" + claims(bob).get("sk") + " counter=2"));
        assertThat(aliceThird.body(), equalTo("session=" + aliceSession + " counter=3"));
        assertThat(claims(bob).get("sk"), not(equalTo(aliceSession)));
    }

    @Test
    void withoutACookieTheBeanBelongsToNoEarlierSession(@ArquillianResource @OperateOnDeployment("weld") URL weld) {
        String alice = cookieValue(post(at(weld, "weld/count"), ""), "JSESSIONID");
        post(at(weld, "weld/count"), "", cookie("JSESSIONID", alice));

        HttpResult fresh = post(at(weld, "weld/count"), "");

        assertThat(claims(cookieValue(fresh, "JSESSIONID")).get("sk"), not(equalTo(claims(alice).get("sk"))));
        assertThat(fresh.body().endsWith(" counter=1"), equalTo(true));
    }
}
