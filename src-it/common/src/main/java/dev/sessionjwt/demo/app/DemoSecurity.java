package dev.sessionjwt.demo.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The demo's roles. The demo defines no authentication mechanism of its own, so session-jwt installs its
 * mechanism: the sign-in form and {@code api/login} call {@code SecurityContext.authenticate} with the user's
 * credential, validated by {@link DemoIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({"user", "admin"})
public class DemoSecurity {

    /**
     * Whether the caller is in the role, as Jakarta Security's {@code SecurityContext} says; where it cannot read the
     * caller, as the servlet request says. Soteria's {@code SecurityContext} reads the caller through Jakarta
     * Authorization's {@code PolicyContext}, which a servlet container without it (Tomcat) leaves without handlers:
     * {@code IllegalArgumentException: unknown handler key}. Tomcat's request knows the roles the mechanism reported.
     *
     * @param security the request's security context
     * @param request  the request
     * @param role     the role (the demo's groups are its roles)
     * @return whether the caller has the role
     */
    static boolean isCallerInRole(SecurityContext security, HttpServletRequest request, String role) {
        try {
            return security.isCallerInRole(role);
        } catch (IllegalArgumentException noJakartaAuthorization) {
            return request.isUserInRole(role);
        }
    }
}
