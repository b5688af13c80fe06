package dev.sessionjwt.internal.token;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import dev.sessionjwt.token.TokenRejection;

/**
 * Counts what happens to tokens in one web application: verified in full, recognized as issued to their
 * session, served from the cache, looked
 * up and missed, issued, and rejected by reason. Lock-free ({@link LongAdder}), safe from any thread.
 *
 * <pre>
 * TokenCounters counters = new TokenCounters();
 * counters.issued();
 * long issued = counters.tokensIssued();
 * </pre>
 */
public final class TokenCounters {

    private static final TokenRejection[] REASONS = TokenRejection.values();

    private final LongAdder verified = new LongAdder();
    private final LongAdder recognized = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder cacheMisses = new LongAdder();
    private final LongAdder issued = new LongAdder();
    private final LongAdder[] rejected = new LongAdder[REASONS.length];

    /** All counters at zero. */
    public TokenCounters() {
        for (int i = 0; i < rejected.length; i++) {
            rejected[i] = new LongAdder();
        }
    }

    /** Counts a value accepted after full verification (signature and claims). */
    public void verified() {
        verified.increment();
    }

    /**
     * Counts a value accepted without a signature check because its session remembers that the application
     * issued exactly this token ({@link TokenRecognizer}).
     */
    public void recognized() {
        recognized.increment();
    }

    /** Counts a value accepted from the verified-token cache, without checking its signature again. */
    public void cacheHit() {
        cacheHits.increment();
    }

    /** Counts a cache lookup that found nothing usable, so the value was verified in full. */
    public void cacheMiss() {
        cacheMisses.increment();
    }

    /** Counts a newly signed token. */
    public void issued() {
        issued.increment();
    }

    /**
     * Counts a rejected value.
     *
     * @param reason why it was rejected, not null
     */
    public void rejected(TokenRejection reason) {
        rejected[reason.ordinal()].increment();
    }

    /** Values accepted after full verification (each one a signature check). */
    public long tokensVerified() {
        return verified.sum();
    }

    /** Values accepted because their session remembers issuing them: no signature check, no cache. */
    public long tokensRecognized() {
        return recognized.sum();
    }

    /** Values accepted from the cache. */
    public long cacheHits() {
        return cacheHits.sum();
    }

    /** Cache lookups that led to a full verification (none are counted while the cache is off). */
    public long cacheMisses() {
        return cacheMisses.sum();
    }

    /** Tokens signed. */
    public long tokensIssued() {
        return issued.sum();
    }

    /** Values rejected, whatever the reason. */
    public long tokensRejected() {
        long sum = 0;
        for (LongAdder adder : rejected) {
            sum += adder.sum();
        }
        return sum;
    }

    /**
     * Values rejected for one reason.
     *
     * @param reason the reason, not null
     */
    public long tokensRejected(TokenRejection reason) {
        return rejected[reason.ordinal()].sum();
    }

    /** Every reason with its count, zeros included, in the order of {@link TokenRejection}. */
    public Map<TokenRejection, Long> rejectedByReason() {
        Map<TokenRejection, Long> counts = new EnumMap<>(TokenRejection.class);
        for (TokenRejection reason : REASONS) {
            counts.put(reason, rejected[reason.ordinal()].sum());
        }
        return Collections.unmodifiableMap(counts);
    }

    /** One line with every counter that is not zero, for a log message. */
    public String summary() {
        StringBuilder line = new StringBuilder(160)
                .append("verified=").append(tokensVerified())
                .append(", cacheHits=").append(cacheHits())
                .append(", cacheMisses=").append(cacheMisses())
                .append(", issued=").append(tokensIssued())
                .append(", rejected=").append(tokensRejected())
                .append(", recognized=").append(tokensRecognized());
        for (TokenRejection reason : REASONS) {
            long count = tokensRejected(reason);
            if (count > 0) {
                line.append(", rejected.").append(reason).append('=').append(count);
            }
        }
        return line.toString();
    }
}
