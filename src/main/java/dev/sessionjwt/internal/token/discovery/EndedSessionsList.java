package dev.sessionjwt.internal.token.discovery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ended sessions one reader holds from its application's feed: each session's hash with the second until which
 * its tokens matter, the {@code dead_before} mark, and the cursor to ask for what follows. A full feed replaces the
 * list, an incremental one adds to it; entries past their {@code until} are dropped at every update. A feed that
 * does not continue the list, or would make it hold more than its limit, is refused whole and changes nothing.
 * Updates come from one thread at a time; lookups from any thread, without locking.
 *
 * <pre>
 * list.take(feed, clock.instant());
 * Optional&lt;String&gt; why = list.whyEnded(token.sessionId(), token.issuedAt());
 * </pre>
 */
public final class EndedSessionsList {

    private final int maxEntries;
    private volatile Held held;

    /** What the list holds: the entries (added to in place by incremental feeds), the mark and the position. */
    private record Held(Map<String, Long> untilByHash, long deadBefore, EndedSessionsFeed.Cursor cursor) {
    }

    /** @param maxEntries the most entries held; a feed that would need more is refused */
    public EndedSessionsList(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /** The position after the last feed taken, to pass as {@code ?since=}; empty before the first. */
    public Optional<EndedSessionsFeed.Cursor> cursor() {
        Held current = held;
        return current == null ? Optional.empty() : Optional.of(current.cursor());
    }

    /** The number of entries held. */
    public int size() {
        Held current = held;
        return current == null ? 0 : current.untilByHash().size();
    }

    /**
     * Takes a verified feed: a full one replaces the list, an incremental one adds to it.
     *
     * @param feed the feed, not null
     * @param now  the current time; entries whose {@code until} is before it are dropped
     * @throws IllegalArgumentException when the feed is incremental but does not continue the list, or the list would
     *                                  hold more than its limit; then the list is as it was (less entries past their
     *                                  {@code until}, which are dropped in any case)
     */
    public void take(EndedSessionsFeed feed, Instant now) {
        long nowSeconds = now.getEpochSecond();
        if (feed.ended().size() > maxEntries) {
            throw tooMany(feed.ended().size());
        }
        if (feed.full()) {
            Map<String, Long> entries = new ConcurrentHashMap<>(Math.max(16, feed.ended().size() * 4 / 3 + 1));
            for (EndedSessionsFeed.Entry entry : feed.ended()) {
                if (entry.until() >= nowSeconds) {
                    entries.merge(entry.sessionHash(), entry.until(), Math::max);
                }
            }
            held = new Held(entries, feed.deadBefore(), feed.cursor());
            return;
        }
        Held current = held;
        if (current == null || !current.cursor().instance().equals(feed.cursor().instance())
                || feed.cursor().sequence() < current.cursor().sequence()) {
            throw new IllegalArgumentException("an incremental feed (full: false) at cursor " + feed.cursor()
                    + " does not continue the list held" + (current == null ? " (none)" : " at " + current.cursor()));
        }
        Map<String, Long> entries = current.untilByHash();
        entries.values().removeIf(until -> until < nowSeconds);
        long added = feed.ended().stream().filter(entry -> entry.until() >= nowSeconds)
                .map(EndedSessionsFeed.Entry::sessionHash).distinct().filter(hash -> !entries.containsKey(hash)).count();
        if (entries.size() + added > maxEntries) {
            throw tooMany(entries.size() + added);
        }
        for (EndedSessionsFeed.Entry entry : feed.ended()) {
            if (entry.until() >= nowSeconds) {
                entries.merge(entry.sessionHash(), entry.until(), Math::max);
            }
        }
        held = new Held(entries, feed.deadBefore(), feed.cursor());
    }

    /**
     * Why a verified token is dead, if it is.
     *
     * @param sessionId the token's session id, not null
     * @param issuedAt  the token's {@code iat}, not null
     * @return what ended it, for a rejection detail (never the session id); empty when the list has nothing on it or
     *         before the first feed
     */
    public Optional<String> whyEnded(String sessionId, Instant issuedAt) {
        Held current = held;
        if (current == null) {
            return Optional.empty();
        }
        if (issuedAt.getEpochSecond() < current.deadBefore()) {
            return Optional.of("issued at " + issuedAt.getEpochSecond() + ", before the feed's dead_before "
                    + current.deadBefore());
        }
        if (current.untilByHash().containsKey(EndedSessionsFeed.hash(sessionId))) {
            return Optional.of("its session ended (listed in the ended-sessions feed)");
        }
        return Optional.empty();
    }

    private IllegalArgumentException tooMany(long entries) {
        return new IllegalArgumentException("the feed would make the reader hold " + entries + " ended sessions,"
                + " more than its limit of " + maxEntries);
    }
}
