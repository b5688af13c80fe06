package dev.sessionjwt.internal.token.jwks;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;

/**
 * Verifies tokens with the keys of a JWK set that an application publishes, and follows it: the set is fetched
 * when first needed, again in the background once three quarters of its {@code Cache-Control: max-age} have
 * passed, and again when a token names a {@code kid} the set lacks, but never more often than once per minimum
 * interval (a flood of made-up {@code kid}s causes at most one fetch per interval). A fetch that fails (down,
 * slow, an error status, HTML, a huge body, no usable key) changes nothing: the last good keys stay in use.
 *
 * <p>Who waits for a fetch, at most the maximum wait: a token whose {@code kid} the keys lack, every token before
 * the first good fetch, and a token that arrives when the keys are past their max-age while the endpoint was
 * answering (so that a key the publisher removed stops being accepted once its max-age has passed). A token whose
 * key is known never waits for the refresh ahead of the max-age, nor, after a failed fetch, for the next one; a
 * slow fetch finishes in the background and its keys are used from then on.
 *
 * <pre>
 * JwksFollower follower = new JwksFollower(uri, fetch, ring -&gt; new TokenVerifier(ring, ...), timing, clock);
 * Verification result = follower.verify(cookieValue);
 * </pre>
 */
public final class JwksFollower {

    private static final Duration LONGEST_CACHE = Duration.ofDays(1);
    private static final Executor DAEMON = task -> {
        Thread thread = new Thread(task, "session-jwt-jwks-fetch");
        thread.setDaemon(true);
        thread.start();
    };

    private final URI location;
    private final JwksFetch fetch;
    private final Function<JwtKeyRing, TokenVerifier> verifiers;
    private final Timing timing;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(null, null, Instant.MIN, Instant.MIN, null);
    private volatile String lastProblem = "not fetched yet";
    private Instant lastAttempt;
    private CompletableFuture<Void> inFlight;

    /**
     * How often the set is fetched and how long a caller waits.
     *
     * @param minInterval  the least time between two fetches, whatever asks for them
     * @param defaultCache how long a set is used when the response names no max-age
     * @param maxWait      the longest a verification waits for a fetch
     */
    public record Timing(Duration minInterval, Duration defaultCache, Duration maxWait) {
        /** Checks that no duration is null or negative. */
        public Timing {
            for (Duration d : new Duration[] {minInterval, defaultCache, maxWait}) {
                if (Objects.requireNonNull(d, "duration").isNegative()) {
                    throw new IllegalArgumentException("negative duration " + d);
                }
            }
        }
    }

    /**
     * @param location  the JWK set URL, for messages, not null
     * @param fetch     one bounded fetch of it, not null
     * @param verifiers builds the verifier for a key ring (same rules as any reader), not null
     * @param timing    fetch intervals and the longest wait, not null
     * @param clock     the time source for the intervals, not null
     */
    public JwksFollower(URI location, JwksFetch fetch, Function<JwtKeyRing, TokenVerifier> verifiers, Timing timing,
                        Clock clock) {
        this.location = Objects.requireNonNull(location, "location");
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.verifiers = Objects.requireNonNull(verifiers, "verifiers");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Verifies a token with the current keys, fetching the set first when there are none, when they are past
     * their max-age after a good fetch, or when the token's {@code kid} is unknown (and the minimum interval
     * allows). Never throws.
     *
     * @param token the cookie value
     * @return the verification; {@link TokenRejection#UNKNOWN_KEY} when no key of the set (or no set) matches
     */
    public Verification verify(String token) {
        Snapshot current = usableSnapshot();
        Verification result = current.verifier() == null ? null : current.verifier().verify(token);
        if (result == null || isUnknownKey(result)) {
            Snapshot fresh = await(startFetch(clock.instant()));
            if (fresh != current && fresh.verifier() != null) {
                result = fresh.verifier().verify(token);
            }
            if (result == null || isUnknownKey(result)) {
                return new Verification.Rejected(TokenRejection.UNKNOWN_KEY, unknownKeyDetail(fresh));
            }
        }
        return result;
    }

    /** The keys in use, or null before the first good fetch. */
    public JwtKeyRing keys() {
        return snapshot.ring();
    }

    /**
     * Starts a fetch of the set in the background, as a token with an unknown {@code kid} does (never more often than
     * once per minimum interval): for another document signed with a key the reader has not seen yet.
     */
    public void refresh() {
        startFetch(clock.instant());
    }

    private String unknownKeyDetail(Snapshot current) {
        return current.ring() == null
                ? "no keys: the JWK set at " + location + " could not be fetched (" + lastProblem + ")"
                : "kid names no key of the JWK set at " + location + " (fetched " + current.fetchedAt() + ")"
                        + (lastProblem == null ? "" : "; the last fetch failed: " + lastProblem);
    }

    private static boolean isUnknownKey(Verification result) {
        return result instanceof Verification.Rejected rejected && rejected.reason() == TokenRejection.UNKNOWN_KEY;
    }

    /**
     * The keys to verify with: the current ones at once while they are within their max-age (starting the
     * refresh ahead of it in the background) or while the endpoint is failing (then the next fetch runs in the
     * background); otherwise those of a fetch, waited for.
     */
    private Snapshot usableSnapshot() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.ring() == null) {
            return await(startFetch(now));
        }
        if (now.isBefore(current.refreshAheadAt())) {
            return current;
        }
        if (now.isBefore(current.refreshAt()) || lastProblem != null) {
            startFetch(now);
            return current;
        }
        return await(startFetch(now));
    }

    /**
     * Starts a fetch unless one is running or the minimum interval since the last one has not passed.
     *
     * @return the running fetch, or null when none runs
     */
    private synchronized CompletableFuture<Void> startFetch(Instant now) {
        if (inFlight == null) {
            if (lastAttempt != null && now.isBefore(lastAttempt.plus(timing.minInterval()))) {
                return null;
            }
            lastAttempt = now;
            inFlight = CompletableFuture.runAsync(() -> adopt(fetch.fetch()), DAEMON);
        }
        return inFlight;
    }

    /** Waits at most the maximum wait for a running fetch (if any), then gives the keys in use. */
    private Snapshot await(CompletableFuture<Void> running) {
        if (running != null) {
            try {
                running.get(timing.maxWait().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // the last good keys stay in use; a slow fetch is adopted when it completes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return snapshot;
    }

    private synchronized void adopt(JwksFetch.Result result) {
        try {
            if (result instanceof JwksFetch.Fetched fetched) {
                JwtKeyRing ring = new JwtKeyRing(fetched.keys().get(0), fetched.keys().subList(1, fetched.keys().size()));
                Duration cache = fetched.maxAge().orElse(timing.defaultCache());
                cache = cache.compareTo(LONGEST_CACHE) > 0 ? LONGEST_CACHE : cache;
                Instant now = clock.instant();
                snapshot = new Snapshot(ring, verifiers.apply(ring), now.plus(cache.multipliedBy(3).dividedBy(4)),
                        now.plus(cache), now);
                lastProblem = null;
            } else if (result instanceof JwksFetch.Failed failed) {
                lastProblem = failed.problem();
            }
        } catch (RuntimeException e) {
            lastProblem = "unusable key set: " + e.getClass().getSimpleName();
        } finally {
            inFlight = null;
        }
    }

    /**
     * The keys in use with their verifier; when they are fetched again in the background, when they are past their
     * max-age, and when they were fetched.
     */
    private record Snapshot(JwtKeyRing ring, TokenVerifier verifier, Instant refreshAheadAt, Instant refreshAt,
                            Instant fetchedAt) {
    }
}
