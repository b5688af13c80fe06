package dev.sessionjwt.servlet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the token cookie from requests and writes it to responses as a raw {@code Set-Cookie} header, so
 * the exact attributes (including SameSite) are under the library's control and a response never
 * carries two of them.
 */
final class TokenCookies {

    static final String SET_COOKIE = "Set-Cookie";
    /**
     * The most values of the cookie a request is judged by: a browser holds at most a few cookies of one name that
     * all match one request (host-only and a parent domain's, a narrower path), and each value may cost a full
     * signature check.
     */
    static final int MAX_VALUES = 4;
    private static final String EXPIRED = "Thu, 01 Jan 1970 00:00:00 GMT";

    private final CookieAttributes attributes;
    private final String prefix;

    /**
     * @param attributes the cookie's attributes, not null
     */
    public TokenCookies(CookieAttributes attributes) {
        this.attributes = Objects.requireNonNull(attributes, "attributes");
        this.prefix = attributes.name() + "=";
    }

    /** The cookie's attributes. */
    public CookieAttributes attributes() {
        return attributes;
    }

    /**
     * The first {@value #MAX_VALUES} distinct values of the token cookie in the request's {@code Cookie} headers,
     * in header order (a request can carry several cookies of the same name, from a sibling domain or a narrower
     * path; a browser sends the one of the longest path first). Every further value, and every repetition of one
     * already taken, is ignored without being copied, so a request costs at most {@value #MAX_VALUES}
     * verifications however many values it carries.
     *
     * @param request the request, not null
     * @return the values, possibly empty; surrounding double quotes are kept, so a quoted value fails
     *         verification like any other malformed one
     */
    public List<String> valuesIn(HttpServletRequest request) {
        List<String> values = null;
        Enumeration<String> headers = request.getHeaders("Cookie");
        while (headers != null && headers.hasMoreElements()) {
            String header = headers.nextElement();
            int length = header.length();
            int start = 0;
            while (start < length) {
                int end = header.indexOf(';', start);
                if (end < 0) {
                    end = length;
                }
                int from = start;
                while (from < end && Character.isWhitespace(header.charAt(from))) {
                    from++;
                }
                int to = end;
                while (to > from && Character.isWhitespace(header.charAt(to - 1))) {
                    to--;
                }
                if (to - from >= prefix.length() && header.startsWith(prefix, from)
                        && (values == null || !contains(values, header, from + prefix.length(), to))) {
                    if (values == null) {
                        values = new ArrayList<>(2);
                    }
                    values.add(header.substring(from + prefix.length(), to));
                    if (values.size() == MAX_VALUES) {
                        return values;
                    }
                }
                start = end + 1;
            }
        }
        return values == null ? List.of() : values;
    }

    /** Whether one of the values equals the header's characters from {@code from} to {@code to}, compared in place. */
    private static boolean contains(List<String> values, String header, int from, int to) {
        for (String value : values) {
            if (value.length() == to - from && header.regionMatches(from, value, 0, value.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The {@code Set-Cookie} value that stores a token.
     *
     * @param token         the compact token
     * @param secureRequest whether the request came over HTTPS (then the cookie is Secure too)
     */
    public String tokenHeader(String token, boolean secureRequest) {
        StringBuilder header = new StringBuilder(token.length() + 128).append(prefix).append(token);
        appendScope(header);
        if (attributes.maxAge() >= 0) {
            header.append("; Max-Age=").append(attributes.maxAge());
        }
        appendFlags(header, secureRequest);
        return header.toString();
    }

    /**
     * The {@code Set-Cookie} value that deletes the cookie: same name, path and domain, Max-Age 0.
     *
     * @param secureRequest whether the request came over HTTPS
     */
    public String deletionHeader(boolean secureRequest) {
        StringBuilder header = new StringBuilder(160).append(prefix);
        appendScope(header);
        header.append("; Max-Age=0; Expires=").append(EXPIRED);
        appendFlags(header, secureRequest);
        return header.toString();
    }

    /**
     * Puts a {@code Set-Cookie} header for the token cookie into the response, replacing one the library
     * wrote earlier in the same response and keeping every other cookie.
     *
     * @param response the response, not committed
     * @param header   the header value from {@link #tokenHeader} or {@link #deletionHeader}
     */
    public void put(HttpServletResponse response, String header) {
        Collection<String> existing = List.copyOf(response.getHeaders(SET_COOKIE));
        if (existing.stream().noneMatch(this::isOurs)) {
            response.addHeader(SET_COOKIE, header);
            return;
        }
        response.setHeader(SET_COOKIE, header);
        for (String other : existing) {
            if (!isOurs(other)) {
                response.addHeader(SET_COOKIE, other);
            }
        }
    }

    /** Whether the response already carries a {@code Set-Cookie} for the token cookie. */
    public boolean isIn(HttpServletResponse response) {
        return response.getHeaders(SET_COOKIE).stream().anyMatch(this::isOurs);
    }

    private boolean isOurs(String setCookie) {
        return setCookie.startsWith(prefix);
    }

    private void appendScope(StringBuilder header) {
        header.append("; Path=").append(attributes.path());
        if (attributes.domain() != null) {
            header.append("; Domain=").append(attributes.domain());
        }
    }

    private void appendFlags(StringBuilder header, boolean secureRequest) {
        if (attributes.secure() || secureRequest) {
            header.append("; Secure");
        }
        if (attributes.httpOnly()) {
            header.append("; HttpOnly");
        }
        header.append("; SameSite=").append(attributes.sameSite());
    }
}
