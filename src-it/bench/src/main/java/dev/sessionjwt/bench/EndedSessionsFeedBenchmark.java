package dev.sessionjwt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.discovery.EndedSessionsLog;
import dev.sessionjwt.token.JwtKey;

/**
 * What the ended-sessions feed costs the application with {@code ended} sessions in its log, signed with ES256 as the
 * servlet signs it: the whole list ({@code wholeFeed}, what a new reader or one back from a restart asks for; the
 * servlet signs it once per change of the log), and the ten sessions that ended since a reader's cursor
 * ({@code tenSinceCursor}, what a reader polling every few seconds asks for).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EndedSessionsFeedBenchmark {

    /** Sessions in the log. */
    @Param({"1000", "100000"})
    public int ended;

    private static final Optional<String> ISSUER = Optional.of("https://shop.example.com");
    private final JwtKey key = BenchKeys.ES256.newKey();
    private EndedSessionsLog log;
    private Optional<EndedSessionsFeed.Cursor> tenAgo;

    /** Fills the log. */
    @Setup
    public void setUp() {
        log = filled(ended);
        tenAgo = Optional.of(new EndedSessionsFeed.Cursor(log.cursor().instance(), log.cursor().sequence() - 10));
    }

    /** A log of {@code count} ended sessions, each with a container-like id, valid for another hour. */
    static EndedSessionsLog filled(int count) {
        EndedSessionsLog filled = new EndedSessionsLog(Clock.systemUTC(), 2_000_000);
        for (int i = 0; i < count; i++) {
            filled.ended(String.format("%032X", (long) i * 0x9E3779B97F4A7C15L), Duration.ofHours(1));
        }
        return filled;
    }

    /** The whole list, built and signed. */
    @Benchmark
    public String wholeFeed() {
        return log.feed(Optional.empty(), ISSUER).signedWith(key);
    }

    /** The ten sessions that ended since a reader's cursor, built and signed. */
    @Benchmark
    public String tenSinceCursor() {
        return log.feed(tenAgo, ISSUER).signedWith(key);
    }

    /**
     * The size of the whole feed of a log of {@code count} sessions, as served and gzip-compressed.
     *
     * @return {bytes, gzip bytes}
     */
    static long[] wholeFeedSize(int count) {
        byte[] body = filled(count).feed(Optional.empty(), ISSUER).signedWith(BenchKeys.ES256.newKey())
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new long[] {body.length, compressed.size()};
    }
}
