package dev.sessionjwt.it.app;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

import dev.sessionjwt.claims.SessionClaimsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A claims provider whose behaviour the test picks per request with the {@code X-Claims} header: {@code throw},
 * {@code reserved} (tries to overwrite {@code sk} and {@code exp}), {@code huge} (a 6000-character claim),
 * {@code medium} (a 900-character claim),
 * {@code object} (a value with no JSON form); otherwise it adds {@code plan=basic}.
 */
@ApplicationScoped
public class RequestDrivenClaims implements SessionClaimsProvider {

    /** The header that picks the behaviour. */
    public static final String HEADER = "X-Claims";

    @Inject
    private HttpServletRequest request;

    @Override
    public Map<String, Object> claims(Optional<Principal> caller) {
        String mode = request.getHeader(HEADER);
        if (mode == null) {
            return Map.of("plan", "basic");
        }
        return switch (mode) {
            case "throw" -> throw new IllegalStateException("provider failure on purpose");
            case "reserved" -> Map.of("sk", "someone-elses-session", "exp", 4_102_444_800L, "plan", "basic");
            case "huge" -> Map.of("big", "x".repeat(6000), "plan", "basic");
            case "medium" -> Map.of("bio", "x".repeat(900), "plan", "basic");
            case "object" -> Map.of("thread", Thread.currentThread(), "plan", "basic");
            default -> Map.of("plan", "basic");
        };
    }
}
