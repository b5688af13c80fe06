package dev.sessionjwt.it.app;

import dev.sessionjwt.claims.SessionClaim;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** A claim producer that takes the reserved name {@code exp}: a deployment with it must fail naming the producer. */
@ApplicationScoped
public class ReservedNameClaims {

    /** @return a value that never reaches a token */
    @Produces
    @SessionClaim("exp")
    public String expiry() {
        return "never";
    }
}
