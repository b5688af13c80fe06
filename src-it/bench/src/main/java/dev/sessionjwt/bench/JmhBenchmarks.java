package dev.sessionjwt.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link VerifyBenchmark}, {@link IssueBenchmark}, {@link RecognizeBenchmark},
 * {@link CacheContentionBenchmark}, {@link ForgedCookiesBenchmark} and {@link EndedSessionsFeedBenchmark} in one JMH
 * run ({@code mvn -Pbench-jmh}) and prints the results as Markdown
 * tables with the ratios: library / jose4j and library / JCA (the bare JCA {@code Signature}/{@code Mac}, the floor).
 *
 * <p>System properties: {@code bench.algorithms} (comma-separated, default all four), {@code bench.benchmarks}
 * (comma-separated simple class names such as {@code IssueBenchmark}; empty, the default, runs all), {@code bench.forks}
 * (default 1), {@code bench.warmup} and {@code bench.iterations} (1-second iterations, default 5 and 5).
 * jose4j's paths need the five warm-up seconds: at first a call takes some 300 microseconds, so one second is
 * too few calls for the JIT to finish. Each fork has a fixed 1 GiB heap, so heap resizing does not show.
 */
public final class JmhBenchmarks {

    private static final String[] ALGORITHMS = {"HS256", "RS256", "ES256", "EdDSA"};

    private JmhBenchmarks() {
    }

    /** Runs the benchmarks and prints the tables. */
    public static void main(String[] args) throws RunnerException {
        String[] algorithms = System.getProperty("bench.algorithms", String.join(",", ALGORITHMS)).split(",");
        List<String> only = List.of(System.getProperty("bench.benchmarks", "").split(","));
        OptionsBuilder builder = new OptionsBuilder();
        for (Class<?> benchmark : List.of(VerifyBenchmark.class, IssueBenchmark.class, CacheContentionBenchmark.class,
                RecognizeBenchmark.class, ForgedCookiesBenchmark.class, EndedSessionsFeedBenchmark.class)) {
            if (only.contains("") || only.contains(benchmark.getSimpleName())) {
                builder.include(Pattern.quote(benchmark.getName()) + "\\..*");
            }
        }
        Options options = builder
                .param("algorithm", algorithms)
                .forks(Integer.getInteger("bench.forks", 1))
                .warmupIterations(Integer.getInteger("bench.warmup", 5))
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(Integer.getInteger("bench.iterations", 5))
                .measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.NANOSECONDS)
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();

        Map<String, Result<?>> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark();
            String name = method.substring(method.lastIndexOf('.', method.lastIndexOf('.') - 1) + 1);
            String algorithm = result.getParams().getParam("algorithm");
            String values = result.getParams().getParam("values");
            if (values == null) {
                values = result.getParams().getParam("ended");
            }
            scores.put((algorithm == null ? "" : algorithm + " ") + name + (values == null ? "" : " " + values),
                    result.getPrimaryResult());
        }
        System.out.println();
        System.out.println("Session-sized token: " + new BenchToken(BenchKeys.HS256).signingInput.length
                + "-byte signing input (HS256). ns/op: the median of the 1-second iterations [their min-max],"
                + " lower is better; ratios of medians.");
        System.out.println();
        printVerification(scores, algorithms);
        System.out.println();
        printIssuance(scores, algorithms);
        System.out.println();
        printRecognition(scores, algorithms);
        System.out.println();
        printForgedCookies(scores, algorithms);
        System.out.println();
        Result<?> one = scores.get("CacheContentionBenchmark.oneThread");
        Result<?> two = scores.get("CacheContentionBenchmark.twoThreads");
        System.out.println("| Cache hit over " + CacheContentionBenchmark.SESSIONS + " cached HS256 tokens | 1 thread"
                + " | 2 threads, one shared cache | 2 threads / 1 thread |");
        System.out.println("|---|---:|---:|---:|");
        System.out.println("| ns/op per thread | " + ns(one) + " | " + ns(two) + " | " + ratio(two, one) + " |");
        System.out.println();
        printEndedSessions(scores);
    }

    private static void printEndedSessions(Map<String, Result<?>> scores) {
        System.out.println("| Ended-sessions feed, ES256 | whole feed, ns/op | ten since a cursor, ns/op | whole feed, bytes"
                + " | gzip |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (int ended : new int[] {1000, 100_000}) {
            Result<?> whole = scores.get("EndedSessionsFeedBenchmark.wholeFeed " + ended);
            Result<?> ten = scores.get("EndedSessionsFeedBenchmark.tenSinceCursor " + ended);
            if (whole == null && ten == null) {
                continue;
            }
            long[] size = EndedSessionsFeedBenchmark.wholeFeedSize(ended);
            System.out.println(String.format(Locale.ROOT, "| %,d sessions | %s | %s | %,d | %,d |", ended, ns(whole),
                    ns(ten), size[0], size[1]));
            Result<?> wholeCluster = scores.get("EndedSessionsFeedBenchmark.wholeFeedFromClusterStore " + ended);
            Result<?> tenCluster = scores.get("EndedSessionsFeedBenchmark.tenSinceCursorFromClusterStore " + ended);
            System.out.println(String.format(Locale.ROOT, "| %,d sessions, read from the cluster's store | %s | %s | |"
                    + " |", ended, ns(wholeCluster), ns(tenCluster)));
        }
    }

    private static void printVerification(Map<String, Result<?>> scores, String[] algorithms) {
        System.out.println("| Verify | library, cache off | library, cache hit | plain jose4j | JCA (floor)"
                + " | cache off / jose4j | cache off / JCA | cache hit / jose4j | cache hit / JCA |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String algorithm : algorithms) {
            Result<?> off = scores.get(algorithm + " VerifyBenchmark.libraryCacheOff");
            Result<?> hit = scores.get(algorithm + " VerifyBenchmark.libraryCacheHit");
            Result<?> jose4j = scores.get(algorithm + " VerifyBenchmark.jose4j");
            Result<?> jca = scores.get(algorithm + " VerifyBenchmark.jca");
            System.out.println("| " + algorithm + " | " + ns(off) + " | " + ns(hit) + " | " + ns(jose4j) + " | " + ns(jca)
                    + " | " + ratio(off, jose4j) + " | " + ratio(off, jca) + " | " + ratio(hit, jose4j)
                    + " | " + ratio(hit, jca) + " |");
        }
    }

    private static void printIssuance(Map<String, Result<?>> scores, String[] algorithms) {
        System.out.println("| Issue | library | through jose4j | JCA sign (floor) | library / JCA | jose4j / JCA |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (String algorithm : algorithms) {
            Result<?> library = scores.get(algorithm + " IssueBenchmark.library");
            Result<?> jose4j = scores.get(algorithm + " IssueBenchmark.jose4j");
            Result<?> jca = scores.get(algorithm + " IssueBenchmark.jca");
            System.out.println("| " + algorithm + " | " + ns(library) + " | " + ns(jose4j) + " | " + ns(jca) + " | "
                    + ratio(library, jca) + " | " + ratio(jose4j, jca) + " |");
        }
    }

    private static void printRecognition(Map<String, Result<?>> scores, String[] algorithms) {
        System.out.println("| Fast path | own token recognized | forged token naming a live session: fast path miss"
                + " + full verification | forged, full verification only | forged with / without |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String algorithm : algorithms) {
            Result<?> recognized = scores.get(algorithm + " RecognizeBenchmark.recognized");
            Result<?> forged = scores.get(algorithm + " RecognizeBenchmark.forged");
            Result<?> without = scores.get(algorithm + " RecognizeBenchmark.forgedWithoutFastPath");
            System.out.println("| " + algorithm + " | " + ns(recognized) + " | " + ns(forged) + " | " + ns(without)
                    + " | " + ratio(forged, without) + " |");
        }
    }

    private static void printForgedCookies(Map<String, Result<?>> scores, String[] algorithms) {
        String[] counts = {"1", "4", "100", "500"};
        StringBuilder head = new StringBuilder("| Forged cookie values per request |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String count : counts) {
            head.append(' ').append(count).append(", bounded | ").append(count).append(", every value |");
            rule.append("---:|---:|");
        }
        System.out.println(head.append(" 500 / 4, bounded |"));
        System.out.println(rule.append("---:|"));
        for (String algorithm : algorithms) {
            StringBuilder row = new StringBuilder("| " + algorithm + " |");
            for (String count : counts) {
                row.append(' ').append(ns(scores.get(algorithm + " ForgedCookiesBenchmark.bounded " + count)))
                        .append(" | ").append(ns(scores.get(algorithm + " ForgedCookiesBenchmark.everyValue " + count)))
                        .append(" |");
            }
            row.append(' ').append(ratio(scores.get(algorithm + " ForgedCookiesBenchmark.bounded 500"),
                    scores.get(algorithm + " ForgedCookiesBenchmark.bounded 4"))).append(" |");
            System.out.println(row);
        }
    }

    private static String ns(Result<?> result) {
        if (result == null) {
            return "-";
        }
        Statistics statistics = result.getStatistics();
        return String.format(Locale.ROOT, "%,.0f [%,.0f-%,.0f]", statistics.getPercentile(50), statistics.getMin(),
                statistics.getMax());
    }

    private static String ratio(Result<?> numerator, Result<?> denominator) {
        if (numerator == null || denominator == null) {
            return "-";
        }
        double ratio = numerator.getStatistics().getPercentile(50) / denominator.getStatistics().getPercentile(50);
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f" : "%.2f", ratio);
    }
}
