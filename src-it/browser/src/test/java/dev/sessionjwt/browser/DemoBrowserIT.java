package dev.sessionjwt.browser;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.cluster.ListeningSockets;
import dev.sessionjwt.it.cluster.LoopbackOnlyNetwork;

/**
 * The demo and its federated reader in a real browser: what Chromium does with the cookie (HttpOnly, Path,
 * SameSite, deletion, the back button) and what the pages show.
 */
@ExtendWith(BrowserExtension.class)
class DemoBrowserIT {

    private static final String COOKIE = "JSESSIONID";

    @BeforeAll
    static void deploy() {
        BrowserServer.deployOnce("demo", DemoArchive.create());
        BrowserServer.deployOnce("reader", DemoArchive.reader());
    }

    private static URI demo() {
        return BrowserServer.http("demo/");
    }

    private static URI reader() {
        return BrowserServer.http("reader/");
    }

    @Test
    void theServerChromeDriverAndChromiumListenOnLoopbackOnly(Browser browser) {
        LoopbackOnlyNetwork.require();
        browser.open(demo()).click("increment");

        assertThat(ListeningSockets.nonLoopback(), is(empty()));
    }

    @Test
    void theFirstVisitCreatesNoCookieUntilTheSessionIsUsed(Browser browser) {
        browser.open(demo()).reload();
        assertThat(browser.page(), browser.cookies().isEmpty(), is(true));
        assertThat(browser.has("session-id"), is(false));

        browser.click("increment");

        assertThat(browser.cookie(COOKIE), is(notNullValue()));
        assertThat(browser.text("counter"), is("1"));
        assertThat(browser.text("session-id"), not(emptyString()));
    }

    @Test
    void theCookieIsHttpOnlyOnPathSlashWithSameSiteLax(Browser browser) {
        browser.open(demo()).click("increment");

        Cookie cookie = browser.cookie(COOKIE);
        assertThat(cookie.isHttpOnly(), is(true));
        assertThat("the path of the demo's web.xml", cookie.getPath(), is("/"));
        assertThat(cookie.getSameSite(), is("Lax"));
        assertThat("plain HTTP", cookie.isSecure(), is(false));
        assertThat("a browser-session cookie", cookie.getExpiry(), is(nullValue()));
        assertThat("page script cannot read it", browser.script("return document.cookie"), is(""));
        assertThat("nor find it in the page, which shows its decoded claims instead", browser.driver().getPageSource(),
                not(containsString(cookie.getValue())));
        assertThat(browser.text("claims"), containsString("sk sk " + browser.text("session-id")));
    }

    @Test
    void signingInThroughTheFormRotatesTheTokenKeepsTheCounterAndShowsTheUser(Browser browser) {
        browser.open(demo()).click("increment").click("increment");
        String tokenBefore = browser.cookie(COOKIE).getValue();
        String sessionBefore = browser.text("session-id");

        browser.signIn("alice", "alice-password");

        assertThat(browser.page(), browser.text("caller"), is("alice"));
        assertThat("a new token", browser.cookie(COOKIE).getValue(), is(not(tokenBefore)));
        assertThat("a new session id", browser.text("session-id"), is(not(sessionBefore)));
        assertThat("the @SessionScoped counter survives the sign-in", browser.text("counter"), is("2"));
        assertThat(browser.text("claims"), containsString("display_name Alice Example"));
        browser.click("increment");
        assertThat(browser.text("counter"), is("3"));
        assertThat(browser.text("caller"), is("alice"));
    }

    /** Also writes the screenshot of src/site/markdown/demo.md: target/browser-screenshots/demo.png. */
    @Test
    void theSignedInPageShowsTheKeyTheExpiryAndTheClaimsByShortAndLongName(Browser browser) throws IOException {
        browser.open(demo()).click("increment").signIn("alice", "alice-password").click("increment");

        assertThat(browser.text("caller"), is("alice"));
        assertThat(browser.text("kid"), is(Tokens.demoKeyId()));
        assertThat(browser.text("alg"), startsWith("ES256"));
        assertThat("the 30-minute session timeout", browser.text("expires"),
                matchesPattern("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(in (29 min \\d+|30 min 0) s\\)"));
        for (String row : List.of("sub sub alice", "e email alice@example.org", "dn display_name Alice Example",
                "tenant tenant customers", "iss iss session-jwt-demo", "groups groups [\"user\"]")) {
            assertThat(browser.text("claims"), containsString(row));
        }
        assertThat(browser.text("claims"), containsString("sk sk " + browser.text("session-id")));
        browser.screenshot(Path.of("target", "browser-screenshots", "demo.png"), 1100);
    }

    @Test
    void aWrongPasswordLeavesTheVisitorAnonymous(Browser browser) {
        browser.open(demo()).signIn("alice", "wrong");

        assertThat(browser.page(), browser.has("sign-in-failed"), is(true));
        assertThat(browser.has("caller"), is(false));
    }

    @Test
    void endSessionRemovesTheCookieAndBackDoesNotShowTheSignedInPageFromCache(Browser browser) {
        browser.open(demo()).signIn("alice", "alice-password");
        assertThat(browser.page(), browser.text("caller"), is("alice"));

        browser.click("end");

        assertThat(browser.page(), browser.cookie(COOKIE), is(nullValue()));
        assertThat(browser.has("caller"), is(false));
        browser.back();
        assertThat("back after sign-out: " + browser.page(), browser.has("caller"), is(false));
        assertThat(browser.has("anonymous"), is(true));
        assertThat(browser.cookie(COOKIE), is(nullValue()));
    }

    @Test
    void aTamperedCookieGivesAFreshAnonymousPageAndIsDeleted(Browser browser) {
        browser.open(demo()).signIn("alice", "alice-password");
        Cookie cookie = browser.cookie(COOKIE);
        String[] parts = cookie.getValue().split("\\.");
        // one character of the payload changed, the signature kept
        String forged = parts[0] + "." + parts[1].substring(0, 10) + (parts[1].charAt(10) == 'A' ? 'B' : 'A')
                + parts[1].substring(11) + "." + parts[2];
        browser.setCookie(new Cookie.Builder(COOKIE, forged).path("/").isHttpOnly(true).sameSite("Lax").build());

        browser.open(demo());

        assertThat(browser.page(), browser.has("anonymous"), is(true));
        assertThat(browser.page(), not(containsString("Exception")));
        assertThat(browser.has("session-id"), is(false));
        assertThat("the rejected cookie is deleted", browser.cookie(COOKIE), is(nullValue()));
        browser.click("increment");
        assertThat("a fresh session starts at 0", browser.text("counter"), is("1"));
    }

    @Test
    void theReaderFindsTheSignedInUserWithTheDemoKeyAndNobodyAfterSignOut(Browser browser) {
        browser.open(reader());
        assertThat(browser.page(), browser.text("who"), is("Nobody"));

        browser.open(demo()).signIn("alice", "alice-password");
        String kid = browser.text("kid");
        browser.open(reader());

        assertThat(browser.page(), browser.text("who"), is("alice"));
        assertThat("the key that verified the token", browser.text("kid"), is(kid));
        assertThat(browser.page(), containsString("Alice Example"));
        assertThat("the reader has no session of its own", browser.cookies().size(), is(1));

        browser.open(demo()).click("sign-out");
        browser.open(reader());

        assertThat(browser.page(), browser.text("who"), is("Nobody"));
    }
}
