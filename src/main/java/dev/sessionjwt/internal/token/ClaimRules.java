package dev.sessionjwt.internal.token;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Which registered claims a token must carry: the library's own tokens need {@code exp}, {@code iat} and
 * {@code jti}; tokens minted by django-session-jwt carry no {@code jti} and carry {@code exp} only when Django's
 * {@code EXPIRES} is set, and always write whole seconds, so a fraction marks a forgery there. Everything else
 * (algorithm, key, size, clock skew) is the same for both.
 *
 * <pre>
 * ClaimRules rules = ClaimRules.djangoSessionJwt(Optional.of(Duration.ofDays(14)));
 * </pre>
 *
 * @param requireJwtId whether a token without {@code jti} is rejected
 * @param maxAge       the longest time after {@code iat} a token is accepted; a token without {@code exp} is
 *                     accepted only when this is present (then it expires at {@code iat + maxAge})
 * @param requireExpiry whether a token without {@code exp} is rejected even with a maximum age
 * @param integerTimes  whether {@code exp}, {@code iat} and {@code nbf} must be JSON integers (otherwise fractions
 *                      are truncated, as RFC 7519 allows)
 */
public record ClaimRules(boolean requireJwtId, Optional<Duration> maxAge, boolean requireExpiry,
                         boolean integerTimes) {

    /** The library's own tokens: {@code exp}, {@code iat} and {@code jti} required, no maximum age. */
    public static final ClaimRules SESSION_JWT = new ClaimRules(true, Optional.empty(), true, false);

    /** Checks that the maximum age is present and, if given, positive. */
    public ClaimRules {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isPresent() && (maxAge.get().isNegative() || maxAge.get().isZero())) {
            throw new IllegalArgumentException("maxAge must be positive: " + maxAge.get());
        }
    }

    /**
     * Tokens as django-session-jwt mints them: no {@code jti}; {@code exp} optional when a maximum age is given.
     *
     * @param maxAge the longest accepted age measured from {@code iat}, if any, not null
     */
    public static ClaimRules djangoSessionJwt(Optional<Duration> maxAge) {
        return new ClaimRules(false, maxAge, false, true);
    }

    /** The same rules with a maximum age. */
    public ClaimRules withMaxAge(Duration age) {
        return new ClaimRules(requireJwtId, Optional.of(age), requireExpiry, integerTimes);
    }
}
