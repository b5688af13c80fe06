package dev.sessionjwt.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.bench.cluster.HazelcastStatsServlet;
import dev.sessionjwt.it.KeyPairs;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.cluster.LoopbackOnlyNetwork;
import dev.sessionjwt.it.cluster.PayaraMicroCluster;
import dev.sessionjwt.it.cluster.SharedCookieClient;
import dev.sessionjwt.it.cluster.app.ClusterServlet;
import dev.sessionjwt.it.cluster.app.VisitCounter;

/**
 * The cluster latency benchmark ({@code mvn -Pbench-cluster verify}): two Payara Micro nodes replicating
 * {@code <distributable/>} WARs through Hazelcast, in a network namespace with nothing but loopback. The same
 * application is deployed three times on both nodes: without the library ({@code plain}: Payara's own
 * {@code JSESSIONID} and {@code JSESSIONIDVERSION} cookies) and with it (HS256 and ES256). One client sends
 * sequential requests that each write the session ({@code /api/touch}), either always to node A
 * ({@code same-node}) or alternating between A and B ({@code cross-node}: every request finds the local copy
 * stale and loads the replicated one). Variants and patterns take turns in rounds, so drift hits all alike.
 * Prints mean, p50 and p99 latency, the tokens signed per request, and the operations on Hazelcast maps
 * (Payara's session store) per request, counted by both members ({@link HazelcastStatsServlet}).
 *
 * <p>System properties: {@code bench.variants} [plain,HS256,ES256], {@code bench.requests} [1000 per round],
 * {@code bench.rounds} [4], {@code bench.warmup} [1000 per variant and pattern].
 */
public final class ClusterBenchmark {

    private static final List<String> PATTERNS = List.of("same-node", "cross-node");

    private ClusterBenchmark() {
    }

    /** Runs the benchmark; exits 0 when done, 1 on failure. */
    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        LoopbackOnlyNetwork.require();
        List<String> variants = List.of(System.getProperty("bench.variants", "plain,HS256,ES256").split(","));
        int requests = Integer.getInteger("bench.requests", 1000);
        int rounds = Integer.getInteger("bench.rounds", 4);
        int warmup = Integer.getInteger("bench.warmup", 1000);
        List<Path> wars = new ArrayList<>();
        for (String variant : variants) {
            wars.add(war(variant));
        }
        Map<String, Result> results = new LinkedHashMap<>();
        try (PayaraMicroCluster cluster = PayaraMicroCluster.start(wars, "api/read")) {
            for (String variant : variants) {
                for (String pattern : PATTERNS) {
                    run(cluster, variant, pattern, warmup);
                }
            }
            for (int round = 1; round <= rounds; round++) {
                for (String variant : variants) {
                    for (String pattern : PATTERNS) {
                        results.merge(variant + " " + pattern, run(cluster, variant, pattern, requests), Result::plus);
                    }
                }
                System.out.println("round " + round + " of " + rounds + " done");
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %-11s %9s %9s %9s %11s %9s %9s%n", "variant", "pattern", "mean µs", "p50 µs", "p99 µs", "tokens/req",
                "gets/req", "puts/req"));
        results.forEach((key, result) -> report.append(format(key.split(" ")[0], key.split(" ")[1], result)));
        System.out.println();
        System.out.print(report);
    }

    /** Sequential session writes from one fresh client; returns the latencies in ns and the tokens counted. */
    private static Result run(PayaraMicroCluster cluster, String variant, String pattern, int requests) {
        String context = contextRoot(variant);
        long[] storeBefore = storeOperations(cluster, context);
        SharedCookieClient client = new SharedCookieClient();
        long[] latencies = new long[requests];
        int tokens = 0;
        for (int i = 0; i < requests; i++) {
            URI node = pattern.equals("cross-node") && i % 2 == 1 ? cluster.b(context) : cluster.a(context);
            long start = System.nanoTime();
            HttpResponse<String> response = client.get(node, "api/touch");
            latencies[i] = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains("visits=" + (i + 1))) {
                throw new AssertionError("request " + i + " on " + node + " lost the session: "
                        + response.statusCode() + " " + response.body());
            }
            // plain: JSESSIONID is Payara's own cookie, not a token, so it counts no signature
            if (!variant.equals("plain")) {
                tokens += (int) client.lastSetCookies().stream().filter(h -> h.startsWith("JSESSIONID=")).count();
            }
        }
        long[] storeAfter = storeOperations(cluster, context);
        return new Result(latencies, tokens, storeAfter[0] - storeBefore[0], storeAfter[1] - storeBefore[1]);
    }

    /** Gets and puts on Hazelcast maps so far, summed over both members. */
    private static long[] storeOperations(PayaraMicroCluster cluster, String context) {
        long[] total = new long[2];
        for (URI node : List.of(cluster.a(context), cluster.b(context))) {
            String body = new SharedCookieClient().get(node, "hz-stats").body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("gets=(\\d+) puts=(\\d+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no Hazelcast statistics from " + node + ": " + body);
            }
            total[0] += Long.parseLong(m.group(1));
            total[1] += Long.parseLong(m.group(2));
        }
        return total;
    }

    private static String format(String variant, String pattern, Result result) {
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
        return String.format(Locale.ROOT, "%-8s %-11s %9.0f %9d %9d %11.4f %9.2f %9.2f%n", variant, pattern, mean,
                sorted[sorted.length / 2] / 1000, sorted[(int) (sorted.length * 0.99)] / 1000,
                (double) result.tokens() / sorted.length, (double) result.gets() / sorted.length,
                (double) result.puts() / sorted.length);
    }

    private static String contextRoot(String variant) {
        return "bench-" + variant.toLowerCase(Locale.ROOT);
    }

    private static Path war(String variant) throws Exception {
        WebArchive plain = ShrinkWrap.create(WebArchive.class, variant + ".war");
        WebArchive war = (variant.equals("plain") ? plain : Wars.withLibrary(plain))
                .addClasses(ClusterServlet.class, VisitCounter.class, HazelcastStatsServlet.class)
                .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<distributable/></web-app>"));
        if (!variant.equals("plain")) {
            String key = variant.equals("ES256") ? KeyPairs.privatePem(KeyPairs.generate("EC", 256))
                    : Wars.randomKey();
            war = Wars.withConfig(war, Map.of("session-jwt.key", key));
        }
        Path file = Path.of("target", "cluster", contextRoot(variant) + ".war");
        Files.createDirectories(file.getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private record Result(long[] latencies, int tokens, long gets, long puts) {
        Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            return new Result(all, tokens + other.tokens, gets + other.gets, puts + other.puts);
        }
    }
}
