package dev.sessionjwt.claims;

import java.time.Duration;
import java.util.Objects;

/**
 * The ranges {@link SessionJwtReaderBuilder} accepts for its durations and sizes, and the check that names the
 * method, the value and the range when one is outside.
 *
 * <pre>
 * this.clockSkew = ReaderBounds.CLOCK_SKEW.check("clockSkew", skew);
 * </pre>
 */
record ReaderBounds(Duration min, Duration max) {

    /** {@code clockSkew}: as the server's {@code session-jwt.clock-skew}, 0 to 300 s. */
    static final ReaderBounds CLOCK_SKEW = new ReaderBounds(Duration.ZERO, Duration.ofMinutes(5));
    /** {@code maxAge}: 1 s up to the longest lifetime a reader accepts. */
    static final ReaderBounds MAX_AGE = new ReaderBounds(Duration.ofSeconds(1), SessionJwtReader.MAX_LIFETIME);
    /** {@code jwksTimeout}: 100 ms to 60 s. */
    static final ReaderBounds JWKS_TIMEOUT = new ReaderBounds(Duration.ofMillis(100), Duration.ofMinutes(1));
    /** {@code jwksMinRefreshInterval}: 100 ms to 1 h; zero would let a flood of unknown kids fetch without limit. */
    static final ReaderBounds JWKS_MIN_INTERVAL = new ReaderBounds(Duration.ofMillis(100), Duration.ofHours(1));
    /** {@code jwksDefaultCache}: 1 s to 1 day, the longest a set is used without fetching it again. */
    static final ReaderBounds JWKS_DEFAULT_CACHE = new ReaderBounds(Duration.ofSeconds(1), Duration.ofDays(1));
    /** {@code endedSessionsPollInterval}: 1 s (the least time between two fetches of the feed) to 10 minutes. */
    static final ReaderBounds ENDED_SESSIONS_POLL_INTERVAL =
            new ReaderBounds(Duration.ofSeconds(1), Duration.ofMinutes(10));
    /** {@code endedSessionsMaxStaleness}: 5 s to 1 day. */
    static final ReaderBounds ENDED_SESSIONS_MAX_STALENESS =
            new ReaderBounds(Duration.ofSeconds(5), Duration.ofDays(1));
    /** The least {@code maxTokenSize}, as for the server's {@code session-jwt.max-token-size}. */
    static final int MIN_TOKEN_SIZE = 1024;
    /** The largest {@code maxTokenSize}, as for the server's {@code session-jwt.max-token-size}. */
    static final int MAX_TOKEN_SIZE = 65_536;
    /** The least {@code jwksMaxBytes}. */
    static final int MIN_JWKS_BYTES = 1024;
    /** The largest {@code jwksMaxBytes}, as for a key document. */
    static final int MAX_JWKS_BYTES = 1 << 20;

    /**
     * @param method the builder method, for the message
     * @param value  the value given; null is refused
     * @return the value, when within the range
     * @throws IllegalArgumentException naming the method, the value and the range
     */
    Duration check(String method, Duration value) {
        Objects.requireNonNull(value, method);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(method + "(" + value + "): expected from " + shown(min) + " to "
                    + shown(max));
        }
        return value;
    }

    /**
     * @param method the builder method, for the message
     * @param value  the value given
     * @param min    the least value accepted
     * @param max    the largest value accepted
     * @param unit   what is counted, for the message
     * @return the value, when within the range
     * @throws IllegalArgumentException naming the method, the value and the range
     */
    static int check(String method, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(method + "(" + value + "): expected from " + min + " to " + max + " "
                    + unit);
        }
        return value;
    }

    /** A duration of this class's ranges as a person writes it: 100 ms, 300 s, 1 h, 366 days. */
    private static String shown(Duration d) {
        if (d.isZero()) {
            return "0 s";
        }
        if (d.toMillisPart() != 0 || d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() % 86_400 == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (d.toSeconds() % 3600 == 0) {
            return d.toHours() + " h";
        }
        return d.toSeconds() + " s";
    }
}
