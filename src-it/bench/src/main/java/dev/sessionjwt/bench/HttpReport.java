package dev.sessionjwt.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Summarizes the measured rounds of every application (throughput over all its rounds, the spread of
 * per-round throughput, p50/p99 latency of all its requests) with the ratios to the plain application, as a
 * Markdown table.
 */
final class HttpReport {

    private final Map<String, Summary> summaries = new LinkedHashMap<>();

    HttpReport(List<String> apps, List<LoadRound> rounds) {
        for (String app : apps) {
            List<LoadRound> mine = rounds.stream().filter(round -> round.app().equals(app)).toList();
            if (!mine.isEmpty()) {
                summaries.put(app, Summary.of(mine));
            }
        }
    }

    /** Prints the table; {@code signedPer10k} holds, per library application, tokens signed per 10,000 requests. */
    void print(PrintStream out, Map<String, Double> signedPer10k) {
        Summary plain = summaries.get("plain");
        out.println("| App | requests | req/s (all rounds) | req/s per round, min-max | p50 ms | p99 ms"
                + " | req/s / plain | p50 / plain | p99 / plain | tokens signed per 10k requests | errors |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Summary> entry : summaries.entrySet()) {
            Summary s = entry.getValue();
            Double signed = signedPer10k.get(entry.getKey());
            out.println("| " + entry.getKey() + " | " + s.requests + " | " + fixed(s.throughput, 0) + " | "
                    + fixed(s.minRound, 0) + "-" + fixed(s.maxRound, 0) + " | " + fixed(s.p50, 2) + " | "
                    + fixed(s.p99, 2) + " | " + ratio(s.throughput, plain == null ? 0 : plain.throughput) + " | "
                    + ratio(s.p50, plain == null ? 0 : plain.p50) + " | " + ratio(s.p99, plain == null ? 0 : plain.p99)
                    + " | " + (signed == null ? "-" : fixed(signed, 1)) + " | " + s.errors + " |");
        }
    }

    /**
     * Prints, for first visits or logins, what a request costs with each library application beyond the plain
     * one, against the bare JCA signature (the floor). A request's cost is the machine's time per request:
     * {@code cores / throughput} (the server and the load generator share the cores, as in every row).
     *
     * @param floors microseconds of one bare JCA signature, by library application; {@code NaN} when the server runs in
     *               a JVM of its own, where the signature is not timed (a floor timed in this JVM would say nothing of
     *               the server's: read a JFR recording of the server with {@link CpuBreakdown} instead)
     */
    void printCosts(PrintStream out, Map<String, Double> floors, int cores) {
        Summary plain = summaries.get("plain");
        if (plain == null) {
            return;
        }
        double plainMicros = cores * 1e6 / plain.throughput;
        out.printf(Locale.ROOT, "A plain request costs %.0f us of the %d cores.%n%n", plainMicros, cores);
        out.println("| App | us per request | beyond plain, us | JCA sign (floor), us | beyond plain and the signature,"
                + " us | that, as % of a plain request |");
        out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, Double> floor : floors.entrySet()) {
            Summary s = summaries.get(floor.getKey());
            if (s == null) {
                continue;
            }
            double micros = cores * 1e6 / s.throughput;
            double beyond = micros - plainMicros;
            double rest = beyond - floor.getValue();
            out.println("| " + floor.getKey() + " | " + fixed(micros, 0) + " | " + fixed(beyond, 0) + " | "
                    + (floor.getValue().isNaN() ? "- | - | - |" : fixed(floor.getValue(), 1) + " | " + fixed(rest, 0)
                    + " | " + fixed(100 * rest / plainMicros, 1) + " % |"));
        }
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String ratio(double value, double base) {
        return base == 0 ? "-" : String.format(Locale.ROOT, "%.3f", value / base);
    }

    /** One application's measured rounds, merged. */
    private record Summary(long requests, long errors, double throughput, double minRound, double maxRound,
                           double p50, double p99) {

        static Summary of(List<LoadRound> rounds) {
            long requests = 0;
            long errors = 0;
            long nanos = 0;
            double min = Double.MAX_VALUE;
            double max = 0;
            for (LoadRound round : rounds) {
                requests += round.requests();
                errors += round.errors();
                nanos += round.nanos();
                min = Math.min(min, round.throughput());
                max = Math.max(max, round.throughput());
            }
            long[] all = rounds.stream().flatMapToLong(round -> Arrays.stream(round.latencies())).sorted().toArray();
            return new Summary(requests, errors, requests * 1e9 / nanos, min, max, millis(all, 0.50),
                    millis(all, 0.99));
        }

        private static double millis(long[] sorted, double quantile) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
        }
    }
}
