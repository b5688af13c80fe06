package dev.sessionjwt.internal.token.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ended-sessions feed ({@link EndedSessionsFeed}) serves: the sessions that ended while a token of theirs could
 * still be valid, and the {@code dead_before} mark. On one node {@link EndedSessionsLog}; on a
 * {@code <distributable/>} application {@link ClusterEndedSessionsLog}, the same on every node. Thread-safe.
 */
public interface EndedSessions {

    /**
     * Records that a session ended.
     *
     * @param sessionId the session's id (or its former id), not null
     * @param validity  how long a token of it can still be valid from now: its lifetime and the clock skew
     * @return false when the record was full and {@link #deadBefore()} moved instead
     */
    boolean ended(String sessionId, Duration validity);

    /** The most entries held; one more moves {@link #deadBefore()}. */
    int maxEntries();

    /** Every token whose {@code iat} is before this epoch second is dead for readers. */
    long deadBefore();

    /** Whether a token issued at this instant is dead for readers, so the application must issue a new one. */
    default boolean isDead(Instant issuedAt) {
        return issuedAt.getEpochSecond() < deadBefore();
    }

    /**
     * A name of the current content: it changes whenever the whole list may have changed (for the feed's
     * {@code ETag} and for signing the whole list again only when needed).
     */
    String version();

    /**
     * The feed for a reader: what ended after its cursor, or the whole list for a reader without one, or with a
     * cursor this record cannot continue.
     *
     * @param since  the reader's cursor, if it sent one
     * @param issuer the application's issuer, if any
     * @return the feed, not yet signed
     */
    EndedSessionsFeed feed(Optional<EndedSessionsFeed.Cursor> since, Optional<String> issuer);
}
