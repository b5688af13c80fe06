package dev.sessionjwt.claims;

import java.lang.reflect.Proxy;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Test fake of an {@link HttpServletRequest} that answers {@code getUserPrincipal} and keeps request
 * attributes; other calls throw.
 */
final class FakeRequests {

    private FakeRequests() {
    }

    /** An anonymous request. */
    static HttpServletRequest anonymous() {
        return withUser(null);
    }

    /** A request whose container principal is {@code principal} (null: anonymous). */
    static HttpServletRequest withUser(Principal principal) {
        java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getUserPrincipal":
                            return principal;
                        case "getAttribute":
                            return attributes.get((String) args[0]);
                        case "setAttribute":
                            attributes.put((String) args[0], args[1]);
                            return null;
                        case "toString":
                            return "FakeRequest[" + principal + "]";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException("FakeRequest does not implement " + method.getName());
                    }
                });
    }
}
