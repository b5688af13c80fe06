package dev.sessionjwt.servlet;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Test fake of the header side of an {@link HttpServletResponse}: headers kept in insertion order, names
 * case-insensitive, header writes after {@link #commit()} silently ignored (as Catalina does), {@code sendRedirect}
 * commits at once (as Payara does); every other method throws.
 */
final class FakeResponse {

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private boolean committed;

    /** The response as the servlet API sees it. */
    HttpServletResponse proxy() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> invoke(method, args));
    }

    /** Every value of a header, in order. */
    List<String> headers(String name) {
        return List.copyOf(headers.getOrDefault(key(name), List.of()));
    }

    /** Removes every header, as {@code response.reset()} does to headers. */
    void clear() {
        headers.clear();
    }

    /** From now on header writes are ignored. */
    void commit() {
        committed = true;
    }

    private Object invoke(Method method, Object[] args) {
        switch (method.getName()) {
            case "getHeaders":
                return headers((String) args[0]);
            case "getHeader": {
                List<String> values = headers((String) args[0]);
                return values.isEmpty() ? null : values.get(0);
            }
            case "containsHeader":
                return headers.containsKey(key((String) args[0]));
            case "getHeaderNames":
                return List.copyOf(headers.keySet());
            case "addHeader":
                if (committed) {
                    return null;
                }
                headers.computeIfAbsent(key((String) args[0]), k -> new ArrayList<>()).add((String) args[1]);
                return null;
            case "setHeader":
                if (committed) {
                    return null;
                }
                if (args[1] == null) {
                    headers.remove(key((String) args[0]));
                } else {
                    headers.put(key((String) args[0]), new ArrayList<>(List.of((String) args[1])));
                }
                return null;
            case "isCommitted":
                return committed;
            case "sendRedirect": // Payara commits a redirect at once
                headers.put("location", new ArrayList<>(List.of((String) args[0])));
                committed = true;
                return null;
            case "toString":
                return "FakeResponse" + headers;
            case "hashCode":
                return System.identityHashCode(this);
            case "equals":
                return false;
            default:
                throw new UnsupportedOperationException("FakeResponse does not implement " + method.getName());
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
