package dev.sessionjwt.container;

import java.security.Principal;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads what Jakarta Security 3.0 has no call for from the caller's principals: the group names and the
 * principal object the application's identity store created. Each container represents them its own way;
 * its {@link ContainerAdapter#callerPrincipals()} says how. {@link #STANDARD} knows no groups and takes the
 * principal as it comes.
 *
 * @since 1.0
 */
public interface CallerPrincipals {

    /** Servlet-context attribute under which the library publishes the application's reader at deployment. */
    String ATTRIBUTE = "dev.sessionjwt.container.CallerPrincipals";

    /**
     * The servlet-context attribute that holds {@link ContainerAdapter#keepsCallerInSession()} of the deployment's
     * adapter (a {@code Boolean}), for the library's authentication mechanism.
     */
    String KEEPS_CALLER_ATTRIBUTE = "dev.sessionjwt.container.keepsCallerInSession";

    /** For servers that hold groups in no principal: no groups, the principal as the container reports it. */
    CallerPrincipals STANDARD = new CallerPrincipals() {
        @Override
        public List<String> groups(Collection<? extends Principal> principals) {
            return List.of();
        }

        @Override
        public Principal applicationPrincipal(Principal principal) {
            return principal;
        }
    };

    /**
     * @param principals all principals of the caller's subject ({@code SecurityContext.getPrincipalsByType}), not null
     * @return the group names, sorted, without duplicates
     */
    List<String> groups(Collection<? extends Principal> principals);

    /**
     * @param principal the caller principal as the container or Jakarta Security reports it, not null
     * @return the principal the application's identity store created, or {@code principal} itself
     */
    Principal applicationPrincipal(Principal principal);

    /**
     * Whether Jakarta Security's {@code SecurityContext} can read the caller on this server. Soteria reads it through
     * Jakarta Authorization, which Tomcat lacks (every read throws "unknown handler key" there): such a server answers
     * false, and the caller and its groups then come from {@link #containerPrincipals}, as where Jakarta Security is
     * absent.
     *
     * @return true by default
     */
    default boolean callerFromSecurityContext() {
        return true;
    }

    /**
     * The caller's principals as the container holds them, for {@link #groups} where Jakarta Security is absent or
     * cannot read the caller's subject ({@link #callerFromSecurityContext()}).
     *
     * @param request the request, not null
     * @return by default the request's user principal, or nothing for an anonymous request
     */
    default Collection<? extends Principal> containerPrincipals(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? List.of() : List.of(principal);
    }
}
