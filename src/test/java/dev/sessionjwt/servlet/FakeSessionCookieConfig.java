package dev.sessionjwt.servlet;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.SessionCookieConfig;

/**
 * Test fake of {@link SessionCookieConfig}: answers the getters from values the test sets, with the
 * servlet specification's defaults (nothing set, not secure, Max-Age -1). As in Servlet 6 containers,
 * {@code getAttribute("HttpOnly")} is null until HttpOnly is configured, and then agrees with {@code isHttpOnly()}.
 */
final class FakeSessionCookieConfig {

    String name;
    String path;
    String domain;
    boolean secure;
    /** Null while not configured (Payara 6 then answers {@code isHttpOnly()} with false). */
    Boolean httpOnly;
    int maxAge = -1;
    /** Cookie attributes; names are case-insensitive, as in the containers. */
    final Map<String, String> attributes = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** The configuration as the servlet API sees it, reading this fake's current values. */
    SessionCookieConfig proxy() {
        return (SessionCookieConfig) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getPath" -> path;
                    case "getDomain" -> domain;
                    case "isSecure" -> secure;
                    case "isHttpOnly" -> httpOnly != null && httpOnly;
                    case "getMaxAge" -> maxAge;
                    case "getAttribute" -> "HttpOnly".equalsIgnoreCase((String) args[0]) && httpOnly != null
                            ? String.valueOf(httpOnly) : attributes.get((String) args[0]);
                    case "getAttributes" -> Map.copyOf(attributes);
                    case "toString" -> "FakeSessionCookieConfig";
                    default -> throw new UnsupportedOperationException(
                            "FakeSessionCookieConfig does not implement " + method.getName());
                });
    }
}
