package dev.sessionjwt.servlet;

import java.time.Duration;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.container.RetiredSessionIds;

/**
 * The retired session ids this node could not record cluster-wide (the cluster store threw): this node refuses
 * them at once, and writes them to the store again, at most once a second, until it takes them. The check costs one
 * emptiness test while nothing is pending. At most {@value #CAPACITY} ids are kept (each failure is logged, as
 * {@code SJWT0105}, whether kept or not).
 */
final class UnrecordedRetirements {

    /** The most ids kept while the store refuses writes (some 100 bytes each). */
    static final int CAPACITY = 100_000;
    private static final Logger LOG = Logger.getLogger(UnrecordedRetirements.class.getName());
    private static final long RETRY_INTERVAL_NANOS = 1_000_000_000L;

    private final RetiredSessionIds store;
    private final Duration retention;
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    private final AtomicLong nextRetry = new AtomicLong(System.nanoTime());

    /**
     * @param store     the cluster-wide record, not null
     * @param retention how long an id stays retired
     */
    UnrecordedRetirements(RetiredSessionIds store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    /** Keeps an id the store refused (unless {@value #CAPACITY} already wait); refused on this node from now on. */
    void add(String sessionId) {
        if (ids.size() < CAPACITY) {
            ids.add(sessionId);
        }
    }

    /** Whether the id waits to be recorded (and is therefore refused here). */
    boolean contains(String sessionId) {
        return !ids.isEmpty() && ids.contains(sessionId);
    }

    /** Writes the waiting ids to the store again, if any wait and the last attempt is a second old; one thread at a time. */
    void retry() {
        if (ids.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        long due = nextRetry.get();
        if (now - due < 0 || !nextRetry.compareAndSet(due, now + RETRY_INTERVAL_NANOS)) {
            return;
        }
        for (Iterator<String> waiting = ids.iterator(); waiting.hasNext(); ) {
            String id = waiting.next();
            try {
                store.retire(id, retention);
            } catch (RuntimeException stillRefused) {
                LOG.log(Level.FINE, "the cluster store still refuses retired session ids", stillRefused);
                return;
            }
            waiting.remove();
        }
    }

    /** The number of ids waiting. */
    int size() {
        return ids.size();
    }
}
