package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;

/**
 * The demo as a page a user copies: it never prints the HttpOnly token (only its decoded claims), its JSON API answers
 * {@code Cache-Control: no-store}, and a post to its sign-in or sign-out form that another site sent (a foreign
 * {@code Origin} or {@code Sec-Fetch-Site}, or no or a wrong form token) gets a plain 403 and changes nothing.
 */
class DemoFormForgeryIT extends IntegrationTestBase {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final String ELSEWHERE = "http://attacker.example";
    private static final String SIGN_IN = "username=alice&password=alice-password";

    @ArquillianResource
    private URL demo;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    /** The demo's own origin, as a browser on its page writes it in {@code Origin}. */
    private String ownOrigin() {
        URI page = at(demo, "");
        return page.getScheme() + "://" + page.getHost() + ":" + page.getPort();
    }

    /** A form post with the given extra headers (pairs of name and value) and cookies. */
    private HttpResult postForm(String path, String form, String[] headers, String... cookies) {
        var request = request(at(demo, path), cookies).header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.POST(BodyPublishers.ofString(form)));
    }

    /** Alice's token, signed in through the page's form as her browser does it. */
    private String signedInAlice() {
        HttpResult signIn = postForm("page/login", SIGN_IN, new String[] {"Origin", ownOrigin(),
                "Sec-Fetch-Site", "same-origin"});
        assertThat(signIn.body(), signIn.status(), is(302));
        return cookieValue(signIn, "JSESSIONID");
    }

    private String caller(String token) {
        HttpResult me = get(at(demo, "api/me"), cookie("JSESSIONID", token));
        return me.status() == 200 ? String.valueOf(Tokens.parse(me.body()).get("name")) : "nobody (" + me.status() + ")";
    }

    private String formToken(String token) {
        Matcher matcher = FORM_TOKEN.matcher(get(at(demo, ""), cookie("JSESSIONID", token)).body());
        assertThat("the page's forms carry the session's form token", matcher.find(), is(true));
        return matcher.group(1);
    }

    private static void assertRefused(HttpResult result) {
        assertThat(result.body(), result.status(), is(403));
        assertThat(result.body(), startsWith("Refused: "));
        assertThat(result.body(), not(containsString("Exception")));
        // only the library's cookie: Liberty's own security re-sends its LtpaToken2 on every authenticated request
        assertThat("the session cookie is neither set nor deleted", result.setCookies("JSESSIONID"), is(empty()));
    }

    @Test
    void thePageShowsTheDecodedClaimsButNeverTheHttpOnlyToken() {
        String token = signedInAlice();

        String page = get(at(demo, ""), cookie("JSESSIONID", token)).body();

        assertThat(page, containsString("Signed in as <span id=\"caller\">alice</span>"));
        assertThat(page, containsString("<tr data-claim=\"sub\"><td><code>sub</code></td><td>sub</td>"
                + "<td class=\"v\">alice</td>"));
        String[] parts = token.split("\\.");
        assertThat("no token", page, not(containsString(token)));
        assertThat("no encoded claims", page, not(containsString(parts[1])));
        assertThat("no signature", page, not(containsString(parts[2])));
        assertThat("the caption says so", page, containsString(token.length() + " characters, HttpOnly: page scripts"
                + " cannot read it, and this page does not print it"));
    }

    @Test
    void theJsonApiAnswersNoStore() {
        HttpResult session = get(at(demo, "api/session"));
        String token = cookieValue(session, "JSESSIONID");
        HttpResult login = post(at(demo, "api/login"), SIGN_IN, cookie("JSESSIONID", token));
        String signedIn = cookieValue(login, "JSESSIONID");
        HttpResult me = get(at(demo, "api/me"), cookie("JSESSIONID", signedIn));
        HttpResult counter = post(at(demo, "api/counter"), "", cookie("JSESSIONID", signedIn));

        for (HttpResult answer : new HttpResult[] {session, login, me, counter}) {
            assertThat(answer.body(), answer.status(), is(200));
            // Liberty adds its own directive to an answer that sets a cookie: "no-store, no-cache=set-cookie"
            List<String> directives = answer.header("Cache-Control").stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .toList();
            assertThat(answer.body(), directives, hasItem("no-store"));
        }
    }

    @Test
    void aSignOutPostedByAnotherSiteIsRefusedWith403AndTheUserStaysSignedIn() {
        String token = signedInAlice();
        String formToken = formToken(token);
        String jar = cookie("JSESSIONID", token);

        assertRefused(postForm("page/end", "csrf=" + formToken, new String[] {"Origin", ELSEWHERE}, jar));
        assertRefused(postForm("page/end", "csrf=" + formToken, new String[] {"Origin", "null"}, jar));
        assertRefused(postForm("page/end", "csrf=" + formToken, new String[] {"Sec-Fetch-Site", "cross-site"}, jar));
        assertRefused(postForm("page/end", "csrf=" + formToken, new String[] {"Sec-Fetch-Site", "same-site"}, jar));
        assertRefused(postForm("page/end", "", new String[] {"Origin", ownOrigin()}, jar));
        assertRefused(postForm("page/end", "csrf=wrong" + formToken, new String[0], jar));
        assertThat(caller(token), is("alice"));

        HttpResult own = postForm("page/end", "csrf=" + formToken, new String[] {"Origin", ownOrigin(),
                "Sec-Fetch-Site", "same-origin"}, jar);
        assertThat("the page's own form still signs out", own.status(), is(302));
        assertThat(caller(token), startsWith("nobody"));
    }

    @Test
    void aSignInPostedByAnotherSiteIsRefusedWith403AndSignsNobodyIn() {
        assertRefused(postForm("page/login", SIGN_IN, new String[] {"Origin", ELSEWHERE}));
        assertRefused(postForm("page/login", SIGN_IN, new String[] {"Sec-Fetch-Site", "cross-site"}));
        assertRefused(postForm("api/login", SIGN_IN, new String[] {"Origin", ELSEWHERE}));

        String anonymous = cookieValue(get(at(demo, "api/session")), "JSESSIONID");
        assertRefused(postForm("page/login", SIGN_IN, new String[0], cookie("JSESSIONID", anonymous)));
        assertRefused(postForm("page/login", SIGN_IN + "&csrf=forged", new String[0], cookie("JSESSIONID",
                anonymous)));
        assertThat(caller(anonymous), startsWith("nobody"));

        HttpResult own = postForm("page/login", SIGN_IN + "&csrf=" + formToken(anonymous), new String[] {"Origin",
                ownOrigin()}, cookie("JSESSIONID", anonymous));
        assertThat("the page's own form still signs in", own.status(), is(302));
        assertThat(caller(cookieValue(own, "JSESSIONID")), is("alice"));
    }
}
