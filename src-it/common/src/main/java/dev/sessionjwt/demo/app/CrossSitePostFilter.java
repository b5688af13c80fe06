package dev.sessionjwt.demo.app;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with a plain 403 that changes nothing, a post to the demo's forms ({@code page/*}: sign-in, sign-out,
 * increment) or API ({@code api/*}) that a page of another origin sent, beyond what the cookie's {@code SameSite=Lax}
 * does (which keeps the cookie from cross-site posts but neither stops a sign-in into the attacker's account nor a
 * post from a sibling subdomain): a browser's {@code Sec-Fetch-Site} other than {@code same-origin} (or
 * {@code none}, typed by the user), an {@code Origin} other than the request's own, and for the forms a missing or
 * wrong {@link FormToken}. A client that sends neither header (not a browser) is judged by the token alone.
 */
@WebFilter(urlPatterns = {"/page/*", "/api/*"})
public class CrossSitePostFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("Refused: " + refusal + ". Nothing was changed. Open the demo page again and"
                + " use its form.\n");
    }

    /** Why the post is refused, or null when it is not. */
    private static String refusal(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            return "the post came from another site (Sec-Fetch-Site: " + printable(site) + ")";
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.equalsIgnoreCase(ownOrigin(request))) {
            return "the post came from another origin (Origin: " + printable(origin) + ")";
        }
        if (request.getServletPath().startsWith("/page/") && !FormToken.accepts(request)) {
            return "the form's anti-forgery token is missing or wrong";
        }
        return null;
    }

    /** The origin the request was sent to, as a browser writes it in {@code Origin}. */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    /** A header value safe to echo in a plain-text answer: printable ASCII, at most 100 characters. */
    private static String printable(String value) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < value.length() && shown.length() < 100; i++) {
            char c = value.charAt(i);
            shown.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return shown.toString();
    }
}
