package dev.sessionjwt.demo.app;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.claims.SessionClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/** The demo's producer claim: {@code tenant}, computed each time a token is issued. */
@ApplicationScoped
public class DemoClaims {

    /**
     * The caller's tenant: "staff" for the admin, "customers" for everyone else signed in. Anonymous is told by
     * {@link Caller#nameOf}, which also knows a caller who is signing in with this very request: on WildFly
     * {@code SecurityContext.getCallerPrincipal()} returns a principal named "anonymous" for an anonymous caller.
     */
    @Produces
    @SessionClaim("tenant")
    String tenant(SecurityContext security, HttpServletRequest request) {
        if (Caller.nameOf(request) == null) {
            return null;
        }
        return security.isCallerInRole("admin") ? "staff" : "customers";
    }
}
