package dev.sessionjwt.claims;

import java.security.Principal;
import java.util.Map;
import java.util.Optional;

/**
 * A CDI bean that adds claims to every token issued (the counterpart of django-session-jwt's
 * {@code CALLABLE}). Reserved names in the result are dropped and logged; a failure is logged and the
 * token is issued without this provider's claims.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class TenantClaims implements SessionClaimsProvider {
 *     public Map&lt;String, Object&gt; claims(Optional&lt;Principal&gt; caller) {
 *         return Map.of("tenant", tenants.of(caller));
 *     }
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface SessionClaimsProvider {

    /**
     * @param caller the authenticated caller, empty when anonymous
     * @return extra claims by name; values as described in src/site/markdown/claims.md (JSON values, times, enums, UUIDs)
     */
    Map<String, Object> claims(Optional<Principal> caller);
}
