package dev.sessionjwt.internal.container.tomcat;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.catalina.connector.Request;
import org.apache.catalina.realm.GenericPrincipal;

import dev.sessionjwt.container.CallerPrincipals;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's groups on Tomcat: the roles of Tomcat's {@link GenericPrincipal}, which is the request's user principal
 * Tomcat holds for a caller a realm authenticated and for one a Jakarta Authentication module (Soteria's bridge to
 * Jakarta Security) established, whose {@code GroupPrincipalCallback} groups become its roles. Tomcat has no Jakarta
 * Authorization, so Soteria's {@code SecurityContext} cannot read the caller there ({@link #callerFromSecurityContext}
 * is false); {@code Caller.of} asks {@link #containerPrincipals} instead, which reads the Catalina request's {@code getPrincipal()}: the servlet API's
 * {@code getUserPrincipal()} answers the principal the module created instead, which carries no roles.
 */
final class TomcatCallerPrincipals implements CallerPrincipals {

    private static final String WELD_CLIENT_PROXY = "org.jboss.weld.proxy.WeldClientProxy";

    private final Function<HttpServletRequest, Request> catalina;

    /** @param catalina the Catalina request behind a servlet request (the adapter's unwrapping) */
    TomcatCallerPrincipals(Function<HttpServletRequest, Request> catalina) {
        this.catalina = catalina;
    }

    /** Soteria's {@code SecurityContext} reads the caller through Jakarta Authorization, which Tomcat lacks. */
    @Override
    public boolean callerFromSecurityContext() {
        return false;
    }

    /**
     * Tomcat's own principal of the caller ({@code Request.getPrincipal()}), which holds the roles; for an injected
     * request (Weld's client proxy, {@code WeldClientProxy} of Weld's API) that of the request behind the proxy.
     */
    @Override
    public Collection<? extends Principal> containerPrincipals(HttpServletRequest request) {
        Principal principal = catalina.apply(behindProxy(request)).getPrincipal();
        return principal == null ? List.of() : List.of(principal);
    }

    /** The request a Weld client proxy stands for, or the request itself. */
    private static HttpServletRequest behindProxy(HttpServletRequest request) {
        for (Class<?> type : interfaces(request.getClass())) {
            if (WELD_CLIENT_PROXY.equals(type.getName())) {
                try {
                    Method getMetadata = type.getMethod("getMetadata");
                    Object metadata = getMetadata.invoke(request);
                    Object instance = getMetadata.getReturnType().getMethod("getContextualInstance").invoke(metadata);
                    return instance instanceof HttpServletRequest real ? real : request;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return request;
                }
            }
        }
        return request;
    }

    private static List<Class<?>> interfaces(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            all.addAll(List.of(current.getInterfaces()));
        }
        return all;
    }

    /** Roles of every {@link GenericPrincipal} among the principals, sorted, without duplicates. */
    @Override
    public List<String> groups(Collection<? extends Principal> principals) {
        TreeSet<String> groups = new TreeSet<>();
        for (Principal principal : principals) {
            if (principal instanceof GenericPrincipal tomcat) {
                groups.addAll(List.of(tomcat.getRoles()));
            }
        }
        return List.copyOf(groups);
    }

    /** The principal a Jakarta Authentication module or realm gave Tomcat, when it wrapped one; else the principal. */
    @Override
    public Principal applicationPrincipal(Principal principal) {
        return principal instanceof GenericPrincipal tomcat && tomcat.getUserPrincipal() != null
                ? tomcat.getUserPrincipal() : principal;
    }
}
