package dev.sessionjwt.servlet;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Benchmark access to the library's package-private cookie reading ({@link TokenCookies#valuesIn}): the values of
 * the token cookie that the request listener judges, read from given {@code Cookie} headers exactly as it reads them.
 */
public final class CookieHeaderReader {

    private final TokenCookies cookies;
    private final HttpServletRequest request;

    /**
     * @param cookieName the token cookie's name, not null
     * @param headers    the request's {@code Cookie} headers, in order
     */
    public CookieHeaderReader(String cookieName, String... headers) {
        this.cookies = new TokenCookies(new CookieAttributes(cookieName, "/", null, false, true, -1, "Lax"));
        List<String> values = List.of(headers);
        this.request = (HttpServletRequest) Proxy.newProxyInstance(CookieHeaderReader.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> Collections.enumeration("Cookie".equalsIgnoreCase((String) args[0])
                            ? values : List.of());
                    case "toString" -> "CookieHeaderReader.request";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The values the request listener judges: at most {@link #maxValues()} distinct ones, in header order. */
    public List<String> values() {
        return cookies.valuesIn(request);
    }

    /** The most values the listener judges per request. */
    public static int maxValues() {
        return TokenCookies.MAX_VALUES;
    }
}
