package dev.sessionjwt.servlet;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/** Test fake of an {@link HttpServletRequest} that only answers {@code getHeaders}; every other method throws. */
final class FakeRequest {

    private FakeRequest() {
    }

    /** A request whose {@code Cookie} headers are the given values, in order. */
    static HttpServletRequest withCookieHeaders(String... cookieHeaders) {
        return withHeaders("Cookie", List.of(cookieHeaders));
    }

    /** A request whose {@code getHeaders} returns null, as a container may when headers are not accessible. */
    static HttpServletRequest withNullHeaders() {
        return withHeaders("Cookie", null);
    }

    private static HttpServletRequest withHeaders(String name, List<String> values) {
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getHeaders")) {
                        if (values == null) {
                            return null;
                        }
                        return Collections.enumeration(name.equalsIgnoreCase((String) args[0]) ? values : List.of());
                    }
                    if (method.getName().equals("toString")) {
                        return "FakeRequest[" + name + "=" + values + "]";
                    }
                    throw new UnsupportedOperationException("FakeRequest does not implement " + method.getName());
                });
    }
}
