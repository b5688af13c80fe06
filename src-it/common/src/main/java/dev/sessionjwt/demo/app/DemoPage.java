package dev.sessionjwt.demo.app;

import static dev.sessionjwt.demo.view.Html.escape;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.demo.view.Html;
import dev.sessionjwt.demo.view.Times;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Renders the demo page: who is signed in (or the sign-in form), the session id and the {@code @SessionScoped}
 * counter, the token's key, algorithm and expiry, and its claims as a table of short name, long name and value; never
 * the token itself, which is HttpOnly (a page that printed it would hand it to any script on the page). Every form
 * of a page with a session carries the session's {@link FormToken}. Element ids ({@code caller}, {@code session-id},
 * {@code counter}, {@code kid}, {@code claims}) are what the browser tests read.
 */
final class DemoPage {

    /** What each claim of the demo's tokens is, for the claims table. */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("sk", "the session id: the key to the server-side session"),
            Map.entry("sub", "caller name"),
            Map.entry("upn", "caller name, for MicroProfile JWT"),
            Map.entry("groups", "caller groups"),
            Map.entry("e", "field email:e:email of the caller principal"),
            Map.entry("dn", "field profile.displayName:dn:display_name"),
            Map.entry("tenant", "a @SessionClaim producer method"),
            Map.entry("iss", "issuer, session-jwt.issuer"),
            Map.entry("iat", "issued at"),
            Map.entry("exp", "expiry: iat + the token lifetime, here the session timeout"),
            Map.entry("jti", "a random token id"));

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final DecodedToken token;
    private final Map<String, Object> longClaims;
    private final String base;
    private String formToken;

    DemoPage(HttpServletRequest request, HttpServletResponse response, DecodedToken token,
             Map<String, Object> longClaims) {
        this.request = request;
        this.response = response;
        this.token = token;
        this.longClaims = longClaims;
        this.base = request.getContextPath();
    }

    String render(HttpSession session, int count, boolean signInFailed) {
        formToken = session == null ? null : FormToken.of(session);
        StringBuilder html = Html.start(request, response, "session-jwt demo", "The session cookie of this page is a"
                + " signed JWT. <a id=\"reader-link\" href=\"/reader/\">The reader</a>, another application with no"
                + " session and no secret, reads it with the public key alone.");
        html.append("<div class=\"grid\">");
        you(html, signInFailed);
        session(html, session, count);
        html.append("</div>\n");
        if (session != null && token.raw() != null) {
            tokenCard(html);
            claims(html);
        }
        return Html.end(html, "JSON API: <a href=\"" + escape(base + "/api/session") + "\">GET api/session</a>,"
                + " POST api/counter, POST api/login, POST api/logout \u00b7 public keys: <a href=\""
                + escape(base + "/.well-known/jwks.json") + "\">.well-known/jwks.json</a>");
    }

    private void you(StringBuilder html, boolean signInFailed) {
        html.append("<section class=\"card\"><h2>You</h2>");
        String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        if (caller != null) {
            Object displayName = longClaims.get("display_name");
            html.append("<p class=\"big\">Signed in as <span id=\"caller\">").append(escape(caller)).append("</span>")
                    .append(displayName == null ? "" : " <span class=\"muted\">(" + escape(displayName) + ")</span>")
                    .append("</p><p class=\"muted\">Groups: ").append(escape(groups())).append("</p>")
                    .append(form("/page/end", "<button id=\"sign-out\">Sign out</button>"));
        } else {
            html.append("<p><span class=\"badge anon\" id=\"anonymous\">not signed in</span></p>");
            if (signInFailed) {
                html.append("<p class=\"badge bad\" id=\"sign-in-failed\">Wrong user name or password</p>");
            }
            html.append(form("/page/login", "<input name=\"username\" id=\"username\" placeholder=\"alice\""
                    + " autocomplete=\"username\"> <input name=\"password\" id=\"password\" type=\"password\""
                    + " placeholder=\"alice-password\" autocomplete=\"current-password\"> <button class=\"primary\""
                    + " id=\"sign-in\">Sign in</button>"))
                    .append("<p class=\"muted\">Demo users: alice / alice-password, admin / admin-password.</p>");
        }
        html.append("</section>");
    }

    private void session(StringBuilder html, HttpSession session, int count) {
        html.append("<section class=\"card\"><h2>Session</h2>");
        if (session == null) {
            html.append("<p id=\"state\">No session yet, so no cookie: the first click that needs one starts it.</p>");
        } else {
            html.append("<p id=\"state\">Session id <code id=\"session-id\">").append(escape(session.getId()))
                    .append("</code></p>");
        }
        html.append("<p><span class=\"count\"><span id=\"counter\">").append(count)
                .append("</span></span> <span class=\"muted\">clicks, kept in a @SessionScoped bean</span></p>")
                .append("<div class=\"row\">")
                .append(form("/page/increment", "<button class=\"primary\" id=\"increment\">Increment</button>"))
                .append(form("/page/end", "<button id=\"end\">End session</button>"))
                .append("</div></section>");
    }

    private void tokenCard(StringBuilder html) {
        long exp = number(token.claims().get("exp"));
        long iat = number(token.claims().get("iat"));
        html.append("<section class=\"card\"><h2>Token</h2><dl>")
                .append("<dt>Signing key (kid)</dt><dd><code id=\"kid\">")
                .append(escape(token.header().getString("kid", ""))).append("</code></dd>")
                .append("<dt>Algorithm</dt><dd id=\"alg\">").append(escape(token.header().getString("alg", "")))
                .append(" <span class=\"muted\">\u00b7 anyone verifies it with the public keys at <a href=\"")
                .append(escape(base + "/.well-known/jwks.json")).append("\">.well-known/jwks.json</a></span></dd>")
                .append("<dt>Issued</dt><dd>").append(Times.utc(iat)).append("</dd>")
                .append("<dt>Expires</dt><dd id=\"expires\">").append(Times.utc(exp)).append(" <b>(")
                .append(Times.left(exp, Instant.now())).append(")</b></dd>")
                .append("<dt>Cookie</dt><dd id=\"cookie\">").append(token.raw().length())
                .append(" characters, HttpOnly: page scripts cannot read it, and this page does not print it;"
                        + " its claims, decoded, are below</dd></dl></section>\n");
    }

    private void claims(StringBuilder html) {
        html.append("<section class=\"card\"><h2>Claims</h2><table id=\"claims\"><thead><tr><th>Short name (in the"
                + " token)</th><th>Long name (what readers see)</th><th>Value</th><th>What it is</th></tr></thead><tbody>");
        List<String> shortNames = new ArrayList<>(token.claims().keySet());
        List<String> longNames = new ArrayList<>(longClaims.keySet());
        for (int i = 0; i < shortNames.size(); i++) {
            String name = shortNames.get(i);
            // the library keeps the token's order in the long form, so position i names the same claim
            String longName = longNames.size() == shortNames.size() ? longNames.get(i) : name;
            html.append("<tr data-claim=\"").append(escape(name)).append("\"><td><code>").append(escape(name))
                    .append("</code></td><td>").append(escape(longName)).append("</td><td class=\"v\">")
                    .append(value(name, token.claims().get(name))).append("</td><td class=\"muted\">")
                    .append(escape(MEANINGS.getOrDefault(name, ""))).append("</td></tr>");
        }
        html.append("</tbody></table></section>\n");
    }

    private String groups() {
        List<String> groups = new ArrayList<>();
        for (String group : new String[] {"user", "admin"}) {
            if (request.isUserInRole(group)) {
                groups.add(group);
            }
        }
        return groups.isEmpty() ? "none" : String.join(", ", groups);
    }

    private static String value(String name, JsonValue value) {
        if (value instanceof JsonString text) {
            return escape(text.getString());
        }
        if (value instanceof JsonNumber number && ("exp".equals(name) || "iat".equals(name) || "nbf".equals(name))) {
            return escape(number) + " <span class=\"muted\">(" + Times.utc(number.longValue()) + ")</span>";
        }
        return escape(value);
    }

    private static long number(JsonValue value) {
        return value instanceof JsonNumber number ? number.longValue() : 0;
    }

    private String form(String action, String content) {
        String hidden = formToken == null ? "" : "<input type=\"hidden\" name=\"" + FormToken.FIELD + "\" value=\""
                + escape(formToken) + "\">";
        return "<form method=\"post\" action=\"" + escape(response.encodeURL(base + action)) + "\">" + hidden
                + content + "</form>";
    }
}
