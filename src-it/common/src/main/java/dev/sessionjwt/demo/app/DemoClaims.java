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
     * The caller's tenant: "staff" for the admin, "customers" for everyone else signed in. The caller is read with
     * {@link Caller#of}, which also knows a caller who signs in with this very request (there, WildFly's
     * {@code SecurityContext} still says "anonymous" and knows no roles).
     */
    @Produces
    @SessionClaim("tenant")
    String tenant(SecurityContext security, HttpServletRequest request) {
        return Caller.of(request)
                .map(caller -> caller.groups().contains("admin")
                        || DemoSecurity.isCallerInRole(security, request, "admin") ? "staff" : "customers")
                .orElse(null);
    }
}
