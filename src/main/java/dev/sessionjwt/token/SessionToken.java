package dev.sessionjwt.token;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.sessionjwt.internal.token.payload.LazyClaims;

/**
 * A verified session token: the session id it names, its times, its id and all of its claims.
 *
 * @param compact   the token exactly as received or issued
 * @param sessionId the session id (the session-field claim)
 * @param issuedAt  the {@code iat} claim
 * @param expiresAt the {@code exp} claim (for a token without one: {@code iat} plus the reader's maximum age)
 * @param jwtId     the {@code jti} claim; empty for a django-session-jwt token, which has none
 * @param claims    every claim of the payload, unmodifiable, in payload order; a JSON {@code null} stays a
 *                  null value
 *
 * @since 1.0
 */
public record SessionToken(String compact, String sessionId, Instant issuedAt, Instant expiresAt, String jwtId,
                           Map<String, Object> claims) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /** Checks that no component is null and freezes the claims. */
    public SessionToken {
        Objects.requireNonNull(compact, "compact");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(jwtId, "jwtId");
        // claims of a recognized token are parsed when first read, and are unmodifiable already
        claims = claims instanceof LazyClaims ? claims : Collections.unmodifiableMap(new LinkedHashMap<>(claims));
    }

    /** Whether half of the token's lifetime or more has passed at {@code now}. */
    public boolean isPastHalfLife(Instant now) {
        // 2 * (now - iat) >= exp - iat, in plain long arithmetic: it runs on every request, and
        // Duration.dividedBy would go through BigDecimal
        long seconds = 2 * (now.getEpochSecond() - issuedAt.getEpochSecond())
                - (expiresAt.getEpochSecond() - issuedAt.getEpochSecond());
        long nanos = 2L * (now.getNano() - issuedAt.getNano()) - (expiresAt.getNano() - issuedAt.getNano());
        if (seconds > 3 || seconds < -3) {
            return seconds > 0;
        }
        return seconds * NANOS_PER_SECOND + nanos >= 0;
    }

    @Override
    public String toString() {
        return "SessionToken[jti=" + jwtId + ", iat=" + issuedAt + ", exp=" + expiresAt + "]";
    }
}
