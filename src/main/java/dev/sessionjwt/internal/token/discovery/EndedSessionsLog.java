package dev.sessionjwt.internal.token.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * {@link EndedSessions} on one node: the sessions of one application instance that ended while a token of theirs could still be valid, in the order they
 * ended, for the ended-sessions feed ({@link EndedSessionsFeed}). Each entry keeps the session's hash (never its id)
 * and the second until which a token of it could be valid; entries past it are dropped as the log is read or written.
 *
 * <p>{@link #deadBefore()} starts at the second the instance started: the sessions of an earlier instance, lost or
 * not, are not in this log, so readers must take their tokens for dead until the application issues new ones (it
 * does, on the next request of a session that survived). A token is stamped in whole seconds, so one that an earlier
 * instance issued within the very second this one started is not caught by it (a restart that fast is a redeployment
 * in a test server); the token this instance issues in its first second stays alive. The log holds at most {@code maxEntries}; one more moves
 * {@code deadBefore} to the next second and empties the log, which kills every token issued so far for readers rather
 * than forgetting an ended session: the application then re-issues the token of each live session on its next
 * request. Thread-safe.
 *
 * <pre>
 * EndedSessionsLog log = new EndedSessionsLog(Clock.systemUTC(), 1_000_000);
 * log.ended(sessionId, Duration.ofMinutes(30).plusSeconds(30));   // the token lifetime and the clock skew
 * EndedSessionsFeed feed = log.feed(EndedSessionsFeed.Cursor.parse(since), issuer);
 * </pre>
 */
public final class EndedSessionsLog implements EndedSessions {

    private final Clock clock;
    private final int maxEntries;
    private final String instance;
    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private volatile long deadBefore;
    private long lastSequence;
    private long overflows;

    private record Entry(long sequence, String hash, long until) {
    }

    /**
     * @param clock      the time source
     * @param maxEntries the most entries held, at least 1
     */
    public EndedSessionsLog(Clock clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.clock = clock;
        this.maxEntries = maxEntries;
        this.deadBefore = clock.instant().getEpochSecond();
        this.instance = EndedSessionsFeed.Cursor.newInstance();
    }

    @Override
    public synchronized boolean ended(String sessionId, Duration validity) {
        long now = clock.instant().getEpochSecond();
        prune(now);
        if (entries.size() >= maxEntries) {
            deadBefore = now + 1;
            entries.clear();
            overflows++;
            return false;
        }
        entries.addLast(new Entry(++lastSequence, EndedSessionsFeed.hash(sessionId), now + validity.getSeconds()));
        return true;
    }

    @Override
    public int maxEntries() {
        return maxEntries;
    }

    @Override
    public long deadBefore() {
        return deadBefore;
    }

    /** How many times the log was full and moved {@link #deadBefore()} (for statistics and tests). */
    public synchronized long overflows() {
        return overflows;
    }

    /** The number of entries held now. */
    public synchronized int size() {
        prune(clock.instant().getEpochSecond());
        return entries.size();
    }

    /** The cursor after the last entry, which names this instance. */
    public synchronized EndedSessionsFeed.Cursor cursor() {
        return new EndedSessionsFeed.Cursor(instance, lastSequence);
    }

    /** The cursor after the last entry and {@code dead_before}: an entry dropped as it ran out changes nothing. */
    @Override
    public synchronized String version() {
        return cursor() + "." + deadBefore;
    }

    /**
     * {@inheritDoc} A cursor this log cannot continue is one of another instance or from beyond this one's end.
     */
    @Override
    public synchronized EndedSessionsFeed feed(Optional<EndedSessionsFeed.Cursor> since, Optional<String> issuer) {
        long now = clock.instant().getEpochSecond();
        prune(now);
        boolean full = since.isEmpty() || !since.get().instance().equals(instance)
                || since.get().sequence() > lastSequence;
        long after = full ? 0 : since.get().sequence();
        List<EndedSessionsFeed.Entry> listed = new ArrayList<>();
        for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.sequence() <= after) {
                break;
            }
            listed.add(new EndedSessionsFeed.Entry(entry.hash(), entry.until()));
        }
        java.util.Collections.reverse(listed);
        return new EndedSessionsFeed(issuer, now, deadBefore, cursor(), full, listed);
    }

    private void prune(long now) {
        while (!entries.isEmpty() && entries.peekFirst().until() < now) {
            entries.removeFirst();
        }
    }
}
