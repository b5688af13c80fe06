package dev.sessionjwt.internal.token;

import java.time.Clock;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Verifies cookie values through a {@link VerifiedTokenCache} in front of a {@link TokenVerifier}, and
 * counts every outcome in {@link TokenCounters}. Never throws for bad input.
 *
 * <p>A value is served from the cache only if it is exactly, as a whole, a value this very verifier accepted (an
 * entry another verifier put into a shared cache, with other keys, issuer or audience, counts as a miss);
 * a hit still checks {@code exp} against the verifier's clock and clock skew, so a cached token expires
 * exactly when a verified one would. A hit is also refused, and the value verified in full, when the clock
 * reads earlier than when the value was verified (a clock set back); otherwise every other check the
 * verifier made still holds, because it can only become easier to pass as time goes on. Rejected values
 * are never cached. With a cache of capacity 0 every value is verified in full.
 *
 * <pre>
 * CachingTokenVerifier verifier = new CachingTokenVerifier(tokenVerifier, new VerifiedTokenCache(4096), counters);
 * Verification result = verifier.verify(cookieValue);
 * </pre>
 */
public final class CachingTokenVerifier {

    private final TokenVerifier delegate;
    private final VerifiedTokenCache cache;
    private final TokenCounters counters;
    private final long clockSkewSeconds;
    private final int maxTokenSize;
    private final Clock clock;

    /**
     * @param delegate the full verification, and the source of the clock and skew, not null
     * @param cache    the cache; one of capacity 0 switches caching off, not null
     * @param counters where outcomes are counted, not null
     */
    public CachingTokenVerifier(TokenVerifier delegate, VerifiedTokenCache cache, TokenCounters counters) {
        this.delegate = delegate;
        this.cache = cache;
        this.counters = counters;
        this.clockSkewSeconds = delegate.clockSkew().getSeconds();
        this.maxTokenSize = delegate.maxTokenSize();
        this.clock = delegate.clock();
    }

    /** The cache in front of the verifier. */
    public VerifiedTokenCache cache() {
        return cache;
    }

    /**
     * Verifies a cookie value, from the cache when it can.
     *
     * @param value the raw cookie value; null is rejected as malformed
     * @return the verified token or the reason it was rejected
     */
    public Verification verify(String value) {
        // values the verifier rejects unread are not even hashed
        if (!cache.isEnabled() || value == null || value.isEmpty() || value.length() > maxTokenSize) {
            return counted(delegate.verify(value));
        }
        VerifiedTokenCache.Entry entry = cache.get(value);
        if (entry != null && entry.verifier == delegate) {
            long now = epochSecond();
            if (now >= entry.verifiedAt) {
                if (entry.expiresAt <= now - clockSkewSeconds) {
                    cache.remove(value, entry);
                    return counted(new Verification.Rejected(TokenRejection.EXPIRED, "expired at " + entry.expiresAt));
                }
                counters.cacheHit();
                return entry.valid;
            }
            cache.remove(value, entry);
        }
        counters.cacheMiss();
        Verification result = delegate.verify(value);
        if (result instanceof Verification.Valid valid) {
            cache.put(value, valid, epochSecond(), delegate);
        }
        return counted(result);
    }

    private Verification counted(Verification result) {
        if (result instanceof Verification.Rejected rejected) {
            counters.rejected(rejected.reason());
        } else {
            counters.verified();
        }
        return result;
    }

    /** The clock's epoch second, read without allocating an {@code Instant}. */
    private long epochSecond() {
        return Math.floorDiv(clock.millis(), 1000L);
    }
}
