package dev.sessionjwt.internal.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.internal.token.discovery.EndedSessions;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;

/**
 * {@link EndedSessions} of a {@code <distributable/>} application, kept in a {@link ClusterStrings} map of the
 * container's engine so that every node serves the same feed. An entry maps the session's hash to
 * {@code <ended, epoch milliseconds>.<until, epoch second>} and expires with its tokens. One more entry,
 * {@value #EPOCH}, holds the cluster's {@code <instance>.<dead_before>}: the first node up writes it (its start
 * second), later nodes keep it, so a node that joins a running cluster kills no token; after the whole cluster went
 * down its store is empty and the next first node writes a new one.
 *
 * <p>A cursor is the cluster's instance and the latest end this node has seen, in milliseconds. Entries reach the
 * other nodes asynchronously and node clocks differ a little, so {@code ?since=} answers every entry that ended up to
 * {@link #MARGIN} before the cursor: an entry that arrives late is still sent, some twice (a reader keeps a set). A
 * cursor never goes back, so a reader that asks the nodes in turn always continues. For the feed a node reads the store
 * again after its own last record, or after {@value #REFRESH_MILLIS} ms for what the others recorded;
 * {@link #isDead} reads what was last read, never the store. The store holds at most {@code maxEntries} and its
 * epoch; one more empties it and moves {@code dead_before} to the next second under a new instance.
 * Thread-safe.
 */
public final class ClusterEndedSessionsLog implements EndedSessions {

    /** The store's key of the cluster's instance and {@code dead_before}; no session hash looks like it. */
    static final String EPOCH = "~epoch";
    /** How far before a cursor {@code ?since=} answers: the replication delay and clock difference between nodes. */
    public static final Duration MARGIN = Duration.ofSeconds(10);
    /** How often at most the feed reads the store again. */
    static final long REFRESH_MILLIS = 200;

    private final ClusterStrings store;
    private final Clock clock;
    private final int maxEntries;
    private volatile View view;
    private volatile boolean stale;

    private record Ended(String hash, long endedMillis, long until) {
    }

    /** What this node read from the store: the entries by end, oldest first. */
    private record View(String instance, long deadBefore, List<Ended> byEnd, long readAt, String version) {
    }

    /**
     * Joins the cluster's record, or starts it on the first node up.
     *
     * @param store      the application's map for its ended sessions, used for nothing else
     * @param clock      the time source
     * @param maxEntries the most entries held, at least 1
     */
    public ClusterEndedSessionsLog(ClusterStrings store, Clock clock, int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.store = store;
        this.clock = clock;
        this.maxEntries = maxEntries;
        store.putIfAbsent(EPOCH, newEpoch(clock.instant().getEpochSecond()));
        this.view = read();
    }

    @Override
    public boolean ended(String sessionId, Duration validity) {
        long now = clock.millis();
        if (store.size() > maxEntries) {
            store.clear();
            store.put(EPOCH, newEpoch(now / 1000 + 1), Duration.ZERO);
            view = read();
            return false;
        }
        store.put(EndedSessionsFeed.hash(sessionId), now + "." + (now / 1000 + validity.getSeconds()),
                validity.plusSeconds(1));
        stale = true;
        return true;
    }

    @Override
    public int maxEntries() {
        return maxEntries;
    }

    @Override
    public long deadBefore() {
        return view.deadBefore();
    }

    @Override
    public String version() {
        return view().version();
    }

    @Override
    public EndedSessionsFeed feed(Optional<EndedSessionsFeed.Cursor> since, Optional<String> issuer) {
        View read = view();
        long now = clock.millis();
        boolean continues = since.isPresent() && since.get().instance().equals(read.instance())
                && since.get().sequence() <= now + MARGIN.toMillis();
        long after = continues ? since.get().sequence() - MARGIN.toMillis() : Long.MIN_VALUE;
        List<EndedSessionsFeed.Entry> listed = new ArrayList<>();
        long latest = 0;
        for (Ended entry : read.byEnd()) {
            latest = Math.max(latest, entry.endedMillis());
            if (entry.endedMillis() > after && entry.until() >= now / 1000) {
                listed.add(new EndedSessionsFeed.Entry(entry.hash(), entry.until()));
            }
        }
        long position = continues ? Math.max(latest, since.get().sequence()) : latest;
        return new EndedSessionsFeed(issuer, now / 1000, read.deadBefore(),
                new EndedSessionsFeed.Cursor(read.instance(), position), !continues, listed);
    }

    private View view() {
        View current = view;
        if (!stale && clock.millis() - current.readAt() < REFRESH_MILLIS) {
            return current;
        }
        stale = false;
        View fresh = read();
        view = fresh;
        return fresh;
    }

    /**
     * Reads the store. A missing or malformed epoch (the store was emptied, by another node's overflow or a loss) is
     * written anew from now: every token issued before is dead for readers, since what ended before may be lost.
     */
    private View read() {
        long now = clock.millis();
        Map<String, String> held = store.snapshot();
        String[] epoch = parseEpoch(held.get(EPOCH));
        if (epoch == null) {
            String fresh = newEpoch(now / 1000);
            String seen = store.putIfAbsent(EPOCH, fresh);
            epoch = parseEpoch(seen == null ? fresh : seen);
            if (epoch == null) {
                store.put(EPOCH, fresh, Duration.ZERO);
                epoch = parseEpoch(fresh);
            }
        }
        List<Ended> entries = new ArrayList<>(held.size());
        long sum = 0;
        for (Map.Entry<String, String> entry : held.entrySet()) {
            Ended ended = parseEntry(entry.getKey(), entry.getValue());
            if (ended != null && ended.until() >= now / 1000) {
                entries.add(ended);
                sum += ended.hash().hashCode() * 31L + ended.endedMillis();
            }
        }
        entries.sort(Comparator.comparingLong(Ended::endedMillis));
        return new View(epoch[0], Long.parseLong(epoch[1]), List.copyOf(entries), now,
                epoch[0] + "." + epoch[1] + "." + entries.size() + "." + Long.toHexString(sum));
    }

    private static String newEpoch(long deadBefore) {
        return EndedSessionsFeed.Cursor.newInstance() + "." + deadBefore;
    }

    private static String[] parseEpoch(String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (dot < 1 || dot > 32 || !base64url(value, 0, dot) || !digits(value, dot + 1)) {
            return null;
        }
        return new String[] {value.substring(0, dot), value.substring(dot + 1)};
    }

    private static Ended parseEntry(String key, String value) {
        int dot = value == null ? -1 : value.indexOf('.');
        if (key.length() != 22 || !base64url(key, 0, 22) || dot < 1 || dot > 18 || !digits(value, 0, dot)
                || !digits(value, dot + 1)) {
            return null;
        }
        return new Ended(key, Long.parseLong(value, 0, dot, 10), Long.parseLong(value, dot + 1, value.length(), 10));
    }

    private static boolean digits(String text, int from) {
        return text.length() - from <= 18 && digits(text, from, text.length());
    }

    private static boolean digits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean base64url(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
