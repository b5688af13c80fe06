package dev.sessionjwt.demo.view;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Readable times for the demo's pages: a UTC timestamp and how long is left until it. */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Times() {
    }

    /** {@code 2026-12-01 15:42:10 UTC} for epoch seconds. */
    public static String utc(long epochSeconds) {
        return FORMAT.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** "in 29 min 58 s", "in 3 s", or "expired 5 s ago", from now until the given epoch seconds. */
    public static String left(long epochSeconds, Instant now) {
        Duration left = Duration.between(now, Instant.ofEpochSecond(epochSeconds)).withNanos(0);
        if (left.isNegative()) {
            return "expired " + span(left.negated()) + " ago";
        }
        return "in " + span(left);
    }

    private static String span(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return minutes > 0 ? minutes + " min " + seconds + " s" : seconds + " s";
    }
}
