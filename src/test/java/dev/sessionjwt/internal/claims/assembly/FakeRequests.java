package dev.sessionjwt.internal.claims.assembly;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.Collection;
import java.util.List;

import dev.sessionjwt.container.CallerPrincipals;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.internal.security.CallerReader;

/**
 * Test fake of an {@link HttpServletRequest} that answers {@code getUserPrincipal}, keeps request attributes and
 * has a servlet context whose only attribute is the library's caller reader over a {@link CallerPrincipals} (by default one that
 * unwraps {@link ClaimsAssemblerTest.WebPrincipal}, as the Payara adapter's does); other calls throw.
 */
final class FakeRequests {

    private FakeRequests() {
    }

    /** An anonymous request. */
    static HttpServletRequest anonymous() {
        return withUser(null);
    }

    /** Unwraps {@link ClaimsAssemblerTest.WebPrincipal}; no groups. */
    static final CallerPrincipals UNWRAPPING = new CallerPrincipals() {
        @Override
        public List<String> groups(Collection<? extends Principal> principals) {
            return List.of();
        }

        @Override
        public Principal applicationPrincipal(Principal principal) {
            return principal instanceof ClaimsAssemblerTest.WebPrincipal web ? web.getCustomPrincipal() : principal;
        }
    };

    /** A request whose container principal is {@code principal} (null: anonymous). */
    static HttpServletRequest withUser(Principal principal) {
        return withUser(principal, UNWRAPPING);
    }

    /**
     * A request whose container principal is {@code principal} (null: anonymous) in an application whose adapter
     * published {@code principals} (null: none).
     */
    static HttpServletRequest withUser(Principal principal, CallerPrincipals principals) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAttribute")) {
                        return Caller.READER.equals(args[0]) && principals != null ? new CallerReader(principals) : null;
                    }
                    throw new UnsupportedOperationException("FakeContext does not implement " + method.getName());
                });
        java.util.Map<String, Object> attributes = new java.util.HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(FakeRequests.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getUserPrincipal":
                            return principal;
                        case "getServletContext":
                            return context;
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
