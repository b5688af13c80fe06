package dev.sessionjwt.bench;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.KeyPairs;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.cluster.LoopbackOnlyNetwork;
import dev.sessionjwt.it.cluster.PayaraMicroCluster;
import dev.sessionjwt.it.cluster.SharedCookieClient;
import dev.sessionjwt.it.cluster.app.ClusterServlet;
import dev.sessionjwt.it.cluster.app.VisitCounter;

/**
 * The cluster latency benchmark ({@code mvn -Pbench-cluster}): two Payara Micro nodes replicating a
 * {@code <distributable/>} WAR through Hazelcast, in a network namespace with nothing but loopback. The same
 * application runs without the library ({@code plain}: Payara's own {@code JSESSIONID} and
 * {@code JSESSIONIDVERSION} cookies) and with it (HS256 and ES256). One client sends sequential requests
 * that each write the session ({@code /api/touch}), either always to node A ({@code same-node}) or
 * alternating between A and B ({@code cross-node}, every request finds its local copy stale), and prints
 * mean, p50 and p99 latency and the tokens signed per request.
 *
 * <p>System properties: {@code bench.variants} [plain,HS256,ES256], {@code bench.requests} [2000 per
 * pattern], {@code bench.warmup} [1000].
 */
public final class ClusterBenchmark {

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
        int requests = Integer.getInteger("bench.requests", 2000);
        int warmup = Integer.getInteger("bench.warmup", 1000);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %-11s %9s %9s %9s %13s%n", "variant", "pattern", "mean µs", "p50 µs", "p99 µs", "tokens/req"));
        for (String variant : variants) {
            try (PayaraMicroCluster cluster = PayaraMicroCluster.start(war(variant), "api/read")) {
                for (String pattern : List.of("same-node", "cross-node")) {
                    run(cluster, pattern, warmup);
                    report.append(format(variant, pattern, run(cluster, pattern, requests)));
                    System.out.print(report);
                }
            }
        }
        System.out.println();
        System.out.print(report);
    }

    /** Sequential session writes from one fresh client; returns the latencies in ns and the tokens counted. */
    private static Result run(PayaraMicroCluster cluster, String pattern, int requests) {
        SharedCookieClient client = new SharedCookieClient();
        long[] latencies = new long[requests];
        int tokens = 0;
        for (int i = 0; i < requests; i++) {
            URI node = pattern.equals("cross-node") && i % 2 == 1 ? cluster.b() : cluster.a();
            long start = System.nanoTime();
            HttpResponse<String> response = client.get(node, "api/touch");
            latencies[i] = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains("visits=" + (i + 1))) {
                throw new AssertionError("request " + i + " on " + node + " lost the session: "
                        + response.statusCode() + " " + response.body());
            }
            tokens += (int) client.lastSetCookies().stream().filter(h -> h.startsWith("JSESSIONID=")).count();
        }
        return new Result(latencies, tokens);
    }

    private static String format(String variant, String pattern, Result result) {
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1000;
        // the plain variant's JSESSIONID is Payara's own cookie, not a token: it counts no signatures
        double tokensPerRequest = variant.equals("plain") ? 0 : (double) result.tokens() / sorted.length;
        return String.format(Locale.ROOT, "%-8s %-11s %9.0f %9d %9d %13.4f%n", variant, pattern, mean,
                sorted[sorted.length / 2] / 1000, sorted[(int) (sorted.length * 0.99)] / 1000, tokensPerRequest);
    }

    private static Path war(String variant) throws Exception {
        WebArchive war = (variant.equals("plain") ? ShrinkWrap.create(WebArchive.class, "cluster.war")
                : Wars.libraryWar("cluster"))
                .addClasses(ClusterServlet.class, VisitCounter.class)
                .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
                        + "<distributable/></web-app>"));
        if (!variant.equals("plain")) {
            String key = variant.equals("ES256") ? KeyPairs.privatePem(KeyPairs.generate("EC", 256))
                    : Wars.randomKey();
            war = Wars.withConfig(war, Map.of("session-jwt.key", key));
        }
        Path file = Path.of("target", "cluster", "bench-" + variant + ".war");
        Files.createDirectories(file.getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }

    private record Result(long[] latencies, int tokens) {
    }
}
