package dev.sessionjwt.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The recommended production cookie in a browser over HTTPS (a self-signed listener on 127.0.0.1 that this test
 * browser accepts): the {@code __Host-} name, which a browser takes only when Secure, on path / and without a
 * domain from a secure origin. (Whether a Secure cookie stays off plain HTTP cannot be seen on loopback: Chromium
 * counts http://127.0.0.1 as a secure context and sends Secure cookies there too.)
 */
@ExtendWith(BrowserExtension.class)
class HttpsBrowserIT {

    private static final String COOKIE = "__Host-session";

    @BeforeAll
    static void deploy() {
        BrowserServer.deployOnce("secure", DemoVariants.demo("secure", DemoVariants.HOST_PREFIX_WEB_XML, Map.of()));
    }

    @Test
    void aHostPrefixedCookieIsSetSecureOverHttpsAndCarriesTheSignIn(Browser browser) {
        browser.open(BrowserServer.https("secure/")).click("increment");

        Cookie cookie = browser.cookie(COOKIE);
        assertThat(browser.page(), cookie, is(not(nullValue())));
        assertThat(cookie.isSecure(), is(true));
        assertThat(cookie.isHttpOnly(), is(true));
        assertThat(cookie.getPath(), is("/"));
        assertThat("host-only", cookie.getDomain(), is("127.0.0.1"));
        assertThat(browser.script("return document.cookie"), is(""));
        String before = cookie.getValue();

        browser.signIn("alice", "alice-password");

        assertThat(browser.page(), browser.text("caller"), is("alice"));
        assertThat(browser.text("counter"), is("1"));
        assertThat(browser.cookie(COOKIE).getValue(), is(not(before)));
        browser.click("end");
        assertThat(browser.cookie(COOKIE), is(nullValue()));
    }
}
