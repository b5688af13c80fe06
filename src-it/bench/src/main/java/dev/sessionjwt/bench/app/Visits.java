package dev.sessionjwt.bench.app;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.SessionScoped;

/** The session's request count, a {@code @SessionScoped} bean as most Jakarta EE applications have one. */
@SessionScoped
public class Visits implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicLong count = new AtomicLong();

    /** Counts one more request and returns the count. */
    public long next() {
        return count.incrementAndGet();
    }
}
