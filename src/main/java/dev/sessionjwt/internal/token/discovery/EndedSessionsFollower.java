package dev.sessionjwt.internal.token.discovery;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.jwks.BoundedGet;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Follows an application's ended-sessions feed for one reader, and refuses the verified tokens it names: fetched in
 * the background (one fetch at a time) once the poll interval, or the response's {@code Cache-Control: max-age} when
 * sooner, has passed since the last attempt, never more often than once a second; after the first read only what
 * ended since is asked for ({@code ?since=<cursor>}). A fetch that fails in any way (down, slow, an error status, a
 * body that is too large, a feed that does not verify) changes nothing. A check never waits for a fetch while the
 * last good read is within the maximum staleness; past it (and before the first read) it waits at most the timeout
 * for a fetch, and then, still stale, refuses every token as {@link TokenRejection#ENDED_SESSIONS_UNKNOWN}: it fails
 * closed.
 *
 * <pre>
 * EndedSessionsFollower ended = new EndedSessionsFollower(uri, feedVerifier, timing, Limits.DEFAULT, clock);
 * Verification result = ended.screen(tokenVerifier.verify(cookieValue));
 * </pre>
 */
public final class EndedSessionsFollower {

    private static final Logger LOG = Logger.getLogger(EndedSessionsFollower.class.getName());
    private static final Executor DAEMON = task -> {
        Thread thread = new Thread(task, "session-jwt-ended-sessions-fetch");
        thread.setDaemon(true);
        thread.start();
    };

    private final URI location;
    private final EndedSessionsFeedVerifier verifier;
    private final EndedSessionsList list;
    private final Timing timing;
    private final Limits limits;
    private final Clock clock;
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile Instant lastGoodRead;
    private volatile String lastProblem = "not fetched yet";
    private Instant lastAttempt;
    private Optional<Duration> lastMaxAge = Optional.empty();
    private CompletableFuture<Void> inFlight;

    /**
     * How often the feed is fetched, how old its last good read may be, and how long a check waits.
     *
     * @param pollInterval the time from one fetch to the next, unless the response's max-age is sooner
     * @param maxStaleness the oldest last good read that tokens are checked against; past it every token is refused
     * @param timeout      the connect and read timeout of a fetch, and the longest a check waits for one
     * @param clockSkew    the tolerated clock difference to the application, for the feed's {@code iat}
     */
    public record Timing(Duration pollInterval, Duration maxStaleness, Duration timeout, Duration clockSkew) {

        /** The least time between two fetches, whatever the response's max-age or the staleness ask for. */
        public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

        /** Checks that no duration is null or negative. */
        public Timing {
            for (Duration d : new Duration[] {pollInterval, maxStaleness, timeout, clockSkew}) {
                if (Objects.requireNonNull(d, "duration").isNegative()) {
                    throw new IllegalArgumentException("negative duration " + d);
                }
            }
        }

        /**
         * @param maxAge the last response's {@code Cache-Control: max-age}, if it gave one
         * @return the time from an attempt to the next: the poll interval or the max-age, the sooner, but at least
         *         {@link #MIN_INTERVAL}
         */
        public Duration nextAttemptAfter(Optional<Duration> maxAge) {
            Duration interval = maxAge.filter(age -> age.compareTo(pollInterval) < 0).orElse(pollInterval);
            return interval.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : interval;
        }
    }

    /**
     * The memory a feed may take: a larger one is a failed fetch.
     *
     * @param maxEntries the most ended sessions held
     * @param maxBytes   the largest response body read
     */
    public record Limits(int maxEntries, int maxBytes) {
        /** Two million entries, 64 MiB. */
        public static final Limits DEFAULT = new Limits(2_000_000, 64 << 20);
    }

    /**
     * @param location the feed's URL, not null
     * @param verifier verifies a fetched feed, not null
     * @param timing   fetch intervals, staleness and the longest wait, not null
     * @param limits   the largest feed taken, not null
     * @param clock    the time source for the intervals, the staleness and the entries' {@code until}, not null
     */
    public EndedSessionsFollower(URI location, EndedSessionsFeedVerifier verifier, Timing timing, Limits limits,
                                 Clock clock) {
        this.location = Objects.requireNonNull(location, "location");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.list = new EndedSessionsList(limits.maxEntries());
    }

    /**
     * Passes a verification through, but replaces a valid one whose token the feed declares dead, or that cannot be
     * checked because the feed is stale. Never throws.
     *
     * @param verification the outcome of verifying the token itself, not null
     */
    public Verification screen(Verification verification) {
        if (!(verification instanceof Verification.Valid valid)) {
            return verification;
        }
        Optional<Verification.Rejected> rejected = check(valid.token());
        return rejected.isPresent() ? rejected.get() : verification;
    }

    /**
     * Checks a verified token against the feed.
     *
     * @param token the token, not null
     * @return empty when the token's session is not known to have ended; else {@link TokenRejection#SESSION_ENDED},
     *         or {@link TokenRejection#ENDED_SESSIONS_UNKNOWN} when the last good read is too old
     */
    public Optional<Verification.Rejected> check(SessionToken token) {
        Instant now = clock.instant();
        boolean stale = isStale(now);
        CompletableFuture<Void> running = startFetch(now, stale);
        if (stale) {
            await(running);
            now = clock.instant();
            if (isStale(now)) {
                return Optional.of(unknown(now));
            }
        }
        return list.whyEnded(token.sessionId(), token.issuedAt())
                .map(why -> new Verification.Rejected(TokenRejection.SESSION_ENDED, why + " at " + location));
    }

    private boolean isStale(Instant now) {
        Instant read = lastGoodRead;
        return read == null || now.isAfter(read.plus(timing.maxStaleness()));
    }

    private Verification.Rejected unknown(Instant now) {
        Instant read = lastGoodRead;
        String age = read == null ? "never" : shown(Duration.between(read, now)) + " ago";
        String problem = lastProblem;
        synchronized (this) {
            if (problem == null) {
                problem = inFlight != null ? "still running after " + shown(timing.timeout()) : "none failed";
            }
        }
        String limit = shown(timing.maxStaleness());
        if (warned.compareAndSet(false, true)) {
            Message.ENDED_SESSIONS_UNKNOWN.log(LOG, location, age, limit, problem);
        }
        return new Verification.Rejected(TokenRejection.ENDED_SESSIONS_UNKNOWN,
                Message.ENDED_SESSIONS_UNKNOWN.format(location, age, limit, problem));
    }

    /**
     * Starts a fetch unless one is running or the next is not due yet (when stale: unless the last attempt is within
     * the minimum interval).
     *
     * @return the running fetch, or null when none runs
     */
    private synchronized CompletableFuture<Void> startFetch(Instant now, boolean stale) {
        if (inFlight == null) {
            Duration wait = stale ? Timing.MIN_INTERVAL : timing.nextAttemptAfter(lastMaxAge);
            if (lastAttempt != null && now.isBefore(lastAttempt.plus(wait))) {
                return null;
            }
            lastAttempt = now;
            CompletableFuture<Void> fetch = new CompletableFuture<>();
            inFlight = fetch;
            DAEMON.execute(() -> {
                try {
                    fetchAndTake();
                } finally {
                    done();
                    fetch.complete(null);
                }
            });
        }
        return inFlight;
    }

    private synchronized void done() {
        inFlight = null;
    }

    /** Waits at most the timeout for a running fetch, if any. */
    private void await(CompletableFuture<Void> running) {
        if (running == null) {
            return;
        }
        try {
            running.get(timing.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // still stale: refused below; a slow fetch is taken when it completes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One fetch, on the fetch thread: the feed is verified and taken whole, or nothing changes. */
    private void fetchAndTake() {
        Optional<Duration> maxAge = Optional.empty();
        String problem;
        try {
            BoundedGet.Result got = BoundedGet.get(since(location, list.cursor()), timing.timeout(),
                    limits.maxBytes());
            if (got instanceof BoundedGet.Body body) {
                maxAge = body.maxAge();
                EndedSessionsFeed feed = verifier.verify(body.text());
                Instant now = clock.instant();
                if (feed.issuedAt() < now.minus(timing.maxStaleness()).minus(timing.clockSkew()).getEpochSecond()) {
                    throw new IllegalArgumentException("the feed was signed at " + Instant.ofEpochSecond(
                            feed.issuedAt()) + ", longer ago than the reader tolerates (a cache in between?)");
                }
                list.take(feed, now);
                lastGoodRead = clock.instant();
                problem = null;
                warned.set(false);
            } else {
                problem = ((BoundedGet.Failed) got).problem();
            }
        } catch (IllegalArgumentException e) {
            problem = "the feed was refused: " + e.getMessage();
            Message.ENDED_SESSIONS_FEED_REFUSED.log(LOG, location, e.getMessage());
        } catch (RuntimeException e) {
            problem = "unexpected " + e.getClass().getSimpleName();
        }
        synchronized (this) {
            lastProblem = problem;
            lastMaxAge = maxAge;
        }
    }

    /**
     * The URL of the next fetch: the feed's, with {@code since=<cursor>} after a first read.
     *
     * @param location the feed's URL, not null
     * @param cursor   the position after the last feed taken, if any
     */
    static URI since(URI location, Optional<EndedSessionsFeed.Cursor> cursor) {
        if (cursor.isEmpty()) {
            return location;
        }
        String url = location.toString();
        int fragment = url.indexOf('#');
        String base = fragment < 0 ? url : url.substring(0, fragment);
        return URI.create(base + (location.getRawQuery() == null ? "?" : "&") + "since=" + cursor.get());
    }

    /** A duration for a message: whole seconds, or milliseconds below a minute when not whole. */
    private static String shown(Duration d) {
        return d.toMillisPart() == 0 || d.toSeconds() >= 60 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
