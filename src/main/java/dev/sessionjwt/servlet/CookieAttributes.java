package dev.sessionjwt.servlet;

import java.util.Map;
import java.util.Objects;

import jakarta.servlet.SessionCookieConfig;

/**
 * The attributes of the token cookie, taken from the container's {@link SessionCookieConfig} (set in
 * web.xml {@code <session-config><cookie-config>} or programmatically) with the container's defaults.
 *
 * @param name     cookie name ({@code JSESSIONID} unless configured)
 * @param path     cookie path (the context path, or {@code /} for the root context, unless configured)
 * @param domain   cookie domain, or null for a host-only cookie
 * @param secure   whether the cookie is always marked Secure (it also is on any request over HTTPS)
 * @param httpOnly whether the cookie is HttpOnly (on unless configured off: Payara 6 reports off when unset)
 * @param maxAge   Max-Age in seconds; negative means a browser-session cookie
 * @param sameSite the SameSite attribute ({@code Lax} unless configured)
 */
record CookieAttributes(String name, String path, String domain, boolean secure, boolean httpOnly,
                               int maxAge, String sameSite) {

    /** The session cookie name when the application configures none. */
    public static final String DEFAULT_NAME = "JSESSIONID";
    /** The SameSite value when the application configures none. */
    public static final String DEFAULT_SAME_SITE = "Lax";

    private static final String SAME_SITE = "SameSite";
    /** Servlet 6 attribute name of the HttpOnly flag; null from {@code getAttribute} means "not configured". */
    private static final String HTTP_ONLY = "HttpOnly";

    /** Checks the required components. */
    public CookieAttributes {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sameSite, "sameSite");
    }

    /**
     * Reads the attributes from the container's configuration.
     *
     * @param config      the context's session cookie configuration, not null
     * @param contextPath the context path ({@code ""} for the root context)
     */
    public static CookieAttributes of(SessionCookieConfig config, String contextPath) {
        return of(config, contextPath, Map.of());
    }

    /**
     * Reads the attributes from the container's configuration, falling back to attributes declared in
     * web.xml that the container did not take in.
     *
     * @param config      the context's session cookie configuration, not null
     * @param contextPath the context path ({@code ""} for the root context)
     * @param declared    {@code <cookie-config><attribute>} entries of web.xml, by name, not null
     */
    public static CookieAttributes of(SessionCookieConfig config, String contextPath, Map<String, String> declared) {
        String name = blankToNull(config.getName());
        String path = blankToNull(config.getPath());
        String sameSite = blankToNull(config.getAttribute(SAME_SITE));
        if (sameSite == null) {
            sameSite = blankToNull(declared.get(SAME_SITE));
        }
        return new CookieAttributes(
                name == null ? DEFAULT_NAME : name,
                path != null ? path : contextPath == null || contextPath.isEmpty() ? "/" : contextPath,
                blankToNull(config.getDomain()),
                config.isSecure(),
                config.getAttribute(HTTP_ONLY) == null || config.isHttpOnly(),
                config.getMaxAge(),
                sameSite == null ? DEFAULT_SAME_SITE : sameSite);
    }

    /** The same attributes for a cookie of another name (a companion cookie that must travel with this one). */
    public CookieAttributes withName(String otherName) {
        return new CookieAttributes(otherName, path, domain, secure, httpOnly, maxAge, sameSite);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
