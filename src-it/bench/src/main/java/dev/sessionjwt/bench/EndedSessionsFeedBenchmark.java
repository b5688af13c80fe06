package dev.sessionjwt.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.internal.cluster.ClusterEndedSessionsLog;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.discovery.EndedSessionsLog;
import dev.sessionjwt.token.JwtKey;

/**
 * What the ended-sessions feed costs the application with {@code ended} sessions in its log, signed with ES256 as the
 * servlet signs it: the whole list ({@code wholeFeed}, what a new reader or one back from a restart asks for; the
 * servlet signs it once per change of the log), and the ten sessions that ended since a reader's cursor
 * ({@code tenSinceCursor}, what a reader polling every few seconds asks for); the same two for a distributable
 * application, whose feed is read from the cluster's store ({@code ...FromClusterStore}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EndedSessionsFeedBenchmark {

    /** Sessions in the log. */
    @Param({"1000", "100000"})
    public int ended;

    /** Long enough to outlast the clock's steps of a whole run. */
    private static final Duration CLUSTER_VALIDITY = Duration.ofDays(3650);
    private static final Optional<String> ISSUER = Optional.of("https://shop.example.com");
    private final JwtKey key = BenchKeys.ES256.newKey();
    private EndedSessionsLog log;
    private Optional<EndedSessionsFeed.Cursor> tenAgo;
    private ClusterEndedSessionsLog cluster;
    private Optional<EndedSessionsFeed.Cursor> clusterTenAgo;

    /** Fills the log, and the cluster store with the same count: the last ten a millisecond apart, after the rest. */
    @Setup
    public void setUp() {
        log = filled(ended);
        tenAgo = Optional.of(new EndedSessionsFeed.Cursor(log.cursor().instance(), log.cursor().sequence() - 10));
        SteppingClock clock = new SteppingClock(Instant.now().minus(ClusterEndedSessionsLog.MARGIN.multipliedBy(3)));
        MapStrings store = new MapStrings();
        cluster = new ClusterEndedSessionsLog(store, clock, 2_000_000);
        for (int i = 0; i < ended - 10; i++) {
            cluster.ended(String.format("%032X", (long) i * 0x9E3779B97F4A7C15L), CLUSTER_VALIDITY);
        }
        clock.now = clock.now.plus(ClusterEndedSessionsLog.MARGIN.multipliedBy(2));
        String instance = cluster.feed(Optional.empty(), ISSUER).cursor().instance();
        clusterTenAgo = Optional.of(new EndedSessionsFeed.Cursor(instance, clock.millis()));
        for (int i = ended - 10; i < ended; i++) {
            clock.now = clock.now.plusMillis(1);
            cluster.ended(String.format("%032X", (long) i * 0x9E3779B97F4A7C15L), CLUSTER_VALIDITY);
        }
        clock.stepping = true;
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
     * The whole list of a distributable application, read from the cluster's store (here a map in memory: what
     * Hazelcast's own copy costs is not in it), parsed, sorted, built and signed. The clock moves a second per call,
     * so every call reads the store again; the servlet reads it at most every 200 ms.
     */
    @Benchmark
    public String wholeFeedFromClusterStore() {
        return cluster.feed(Optional.empty(), ISSUER).signedWith(key);
    }

    /** The ten sessions that ended since a reader's cursor, from the cluster's store read again, built and signed. */
    @Benchmark
    public String tenSinceCursorFromClusterStore() {
        return cluster.feed(clusterTenAgo, ISSUER).signedWith(key);
    }

    /** A clock that stands still while the store is filled, then moves a second each time it is read. */
    private static final class SteppingClock extends Clock {
        private Instant now;
        private boolean stepping;

        SteppingClock(Instant start) {
            this.now = start;
        }

        @Override
        public Instant instant() {
            if (stepping) {
                now = now.plusSeconds(1);
            }
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

    /** The cluster's store as one map in memory. */
    private static final class MapStrings implements ClusterStrings {
        private final Map<String, String> map = new ConcurrentHashMap<>();

        @Override
        public void put(String key, String value, Duration retention) {
            map.put(key, value);
        }

        @Override
        public String get(String key) {
            return map.get(key);
        }

        @Override
        public String putIfAbsent(String key, String value) {
            return map.putIfAbsent(key, value);
        }

        @Override
        public void clear() {
            map.clear();
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Map<String, String> snapshot() {
            return new HashMap<>(map);
        }
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
