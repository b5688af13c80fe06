package dev.sessionjwt.demo.app;

import dev.sessionjwt.claims.SessionClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.security.enterprise.SecurityContext;

/** The demo's producer claim: {@code tenant}, computed each time a token is issued. */
@ApplicationScoped
public class DemoClaims {

    /** The caller's tenant: "staff" for the admin, "customers" for everyone else signed in. */
    @Produces
    @SessionClaim("tenant")
    String tenant(SecurityContext security) {
        if (security.getCallerPrincipal() == null) {
            return null;
        }
        return security.isCallerInRole("admin") ? "staff" : "customers";
    }
}
