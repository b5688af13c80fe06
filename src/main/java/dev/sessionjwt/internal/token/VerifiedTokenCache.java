package dev.sessionjwt.internal.token;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import dev.sessionjwt.token.Verification;

/**
 * A bounded map from the exact, whole token string to its verified result, so that a session's token is
 * checked cryptographically once and not on every request. Only {@link Verification.Valid} results go in, each
 * with the verifier that produced it: an entry serves only that verifier (its key ring, issuer and audience), so a
 * cache shared by verifiers of different keys never hands one's result to another.
 *
 * <p>A lookup is a {@link ConcurrentHashMap#get} plus one plain field write the first time an entry is used
 * after it was put or after the eviction sweep passed it: no lock. Keys are equal only as whole strings, but
 * hashed over their last {@value Key#HASHED_TAIL} characters, which in a token are its signature: as well
 * spread as the whole, at a fixed cost instead of one that grows with the claims. Only verified tokens are
 * ever stored, so no one can crowd a bucket with values of one hash. Inserting beyond the capacity evicts under a lock that
 * only inserts take (each insert follows a full verification, which costs far more), with the CLOCK
 * ("second chance") policy: the sweep removes entries not used since it last passed them, so a token a
 * client no longer sends (it got a newer one) leaves first. Once every {@code put} has returned, the cache
 * holds at most {@link #capacity()} entries.
 *
 * <pre>
 * VerifiedTokenCache cache = new VerifiedTokenCache(4096);
 * </pre>
 */
public final class VerifiedTokenCache {

    private final int capacity;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final ReentrantLock evictionLock = new ReentrantLock();
    /** The CLOCK hand: where the eviction sweep stopped; guarded by {@link #evictionLock}. */
    private Iterator<Map.Entry<Key, Entry>> hand;

    /**
     * @param capacity the most entries kept; 0 makes a cache that keeps nothing
     */
    public VerifiedTokenCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The most entries kept. */
    public int capacity() {
        return capacity;
    }

    /** Whether the cache keeps anything at all (its capacity is positive). */
    public boolean isEnabled() {
        return capacity > 0;
    }

    /** The number of entries now. */
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, entries.mappingCount());
    }

    /**
     * The entry for exactly this value, marked as used.
     *
     * @param value a cookie value, not null
     * @return the entry, or null if the value is not cached
     */
    Entry get(String value) {
        Entry entry = entries.get(new Key(value));
        if (entry != null && !entry.used) {
            entry.used = true;
        }
        return entry;
    }

    /**
     * Caches a verified value, replacing any entry it had, then evicts down to the capacity.
     *
     * @param value      the cookie value exactly as verified, not null
     * @param valid      its verification result, not null
     * @param verifiedAt the epoch second at which the verification had completed
     * @param verifier   the verifier that accepted it (its keys, issuer and audience), not null
     */
    void put(String value, Verification.Valid valid, long verifiedAt, TokenVerifier verifier) {
        if (capacity == 0) {
            return;
        }
        entries.put(new Key(value), new Entry(valid, verifiedAt, verifier));
        if (entries.mappingCount() > capacity) {
            evictOverflow();
        }
    }

    /** Removes the value if it still maps to this entry. */
    void remove(String value, Entry entry) {
        entries.remove(new Key(value), entry);
    }

    private void evictOverflow() {
        evictionLock.lock();
        try {
            // After two full sweeps every mark was cleared once; from then on evict whatever the hand meets,
            // so constant use of every entry cannot keep the sweep going.
            long secondChances = 2L * capacity + 2;
            while (entries.mappingCount() > capacity) {
                if (hand == null || !hand.hasNext()) {
                    hand = entries.entrySet().iterator();
                    if (!hand.hasNext()) {
                        return;
                    }
                }
                Map.Entry<Key, Entry> candidate = hand.next();
                Entry entry = candidate.getValue();
                if (entry.used && secondChances-- > 0) {
                    entry.used = false;
                } else {
                    entries.remove(candidate.getKey(), entry);
                }
            }
        } finally {
            evictionLock.unlock();
        }
    }

    /** A cookie value as a map key: equal to the very same string only, hashed over its tail. */
    static final class Key {
        /** Characters hashed, from the end: a signature is at least 43 (HS256). */
        static final int HASHED_TAIL = 32;

        private final String value;
        private final int hash;

        Key(String value) {
            this.value = value;
            int h = 0;
            for (int i = Math.max(0, value.length() - HASHED_TAIL); i < value.length(); i++) {
                h = 31 * h + value.charAt(i);
            }
            this.hash = h;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.value.equals(value);
        }
    }

    /**
     * One cached result: the verification, when it completed, the verifier that made it, and whether it was used
     * since the last sweep.
     */
    static final class Entry {
        final Verification.Valid valid;
        final long verifiedAt;
        final long expiresAt;
        /** The verifier that accepted the value: the only one the entry may serve. */
        final TokenVerifier verifier;
        /** Racy on purpose: a lost update only changes which entry is evicted first. */
        boolean used;

        Entry(Verification.Valid valid, long verifiedAt, TokenVerifier verifier) {
            this.valid = valid;
            this.verifier = verifier;
            this.verifiedAt = verifiedAt;
            this.expiresAt = valid.token().expiresAt().getEpochSecond();
        }
    }
}
