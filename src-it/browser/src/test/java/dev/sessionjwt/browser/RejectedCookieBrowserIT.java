package dev.sessionjwt.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import dev.sessionjwt.it.KeyPairs;

/**
 * A browser that holds a cookie the server no longer accepts (its token expired, or its key was removed) sees an
 * ordinary anonymous page, never an error, and the cookie is gone from its jar afterwards.
 */
@ExtendWith(BrowserExtension.class)
class RejectedCookieBrowserIT {

    private static final String COOKIE = "JSESSIONID";

    @Test
    void anExpiredTokenGivesAnAnonymousPageAndItsCookieIsDeleted(Browser browser) throws InterruptedException {
        BrowserServer.deployOnce("expiring", DemoVariants.demo("expiring", DemoVariants.DEFAULT_WEB_XML,
                Map.of("session-jwt.expires", "2", "session-jwt.clock-skew", "0")));
        browser.open(BrowserServer.http("expiring/")).signIn("alice", "alice-password");
        assertThat(browser.page(), browser.text("caller"), is("alice"));
        Cookie cookie = browser.cookie(COOKIE);
        assertThat("the container's default path: the context path", cookie.getPath(), is("/expiring"));

        Thread.sleep(3_500);
        browser.open(BrowserServer.http("expiring/"));

        assertAnonymousAndDeleted(browser);
    }

    @Test
    void aTokenOfARemovedKeyGivesAnAnonymousPageAndItsCookieIsDeleted(Browser browser) {
        BrowserServer.redeploy("rotating", DemoVariants.demoWithKey("rotating",
                KeyPairs.privatePem(KeyPairs.generate("EC", 256))));
        browser.open(BrowserServer.http("rotating/")).signIn("alice", "alice-password");
        assertThat(browser.page(), browser.text("caller"), is("alice"));
        String oldKid = browser.text("kid");

        // the application is redeployed with a new key and without the old one
        BrowserServer.redeploy("rotating", DemoVariants.demoWithKey("rotating",
                KeyPairs.privatePem(KeyPairs.generate("EC", 256))));
        browser.open(BrowserServer.http("rotating/"));

        assertAnonymousAndDeleted(browser);
        browser.signIn("alice", "alice-password");
        assertThat(browser.text("caller"), is("alice"));
        assertThat("signed with the new key", browser.text("kid"), is(not(oldKid)));
    }

    private static void assertAnonymousAndDeleted(Browser browser) {
        assertThat(browser.page(), browser.has("anonymous"), is(true));
        assertThat(browser.driver().getTitle(), is("session-jwt demo"));
        assertThat(browser.page(), not(containsString("Exception")));
        assertThat("no session", browser.has("session-id"), is(false));
        assertThat("the browser no longer holds the rejected cookie", browser.cookie(COOKIE), is(nullValue()));
        browser.click("increment");
        assertThat("a fresh session", browser.text("counter"), is("1"));
        assertThat(browser.cookie(COOKIE), is(notNullValue()));
    }
}
