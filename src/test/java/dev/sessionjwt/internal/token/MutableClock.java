package dev.sessionjwt.internal.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Test clock whose instant the test sets and advances (from any thread). */
public final class MutableClock extends Clock {

    private volatile Instant now;

    /** @param start the first instant */
    public MutableClock(Instant start) {
        this.now = start;
    }

    /** @param instant the instant from now on */
    public void set(Instant instant) {
        now = instant;
    }

    /** @param duration how far to move the clock on */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
