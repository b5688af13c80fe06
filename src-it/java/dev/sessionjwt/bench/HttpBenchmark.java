package dev.sessionjwt.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.management.JMException;
import javax.management.ObjectName;

import dev.sessionjwt.demo.LocalServer;
import dev.sessionjwt.it.ServerUnderTest;

/**
 * The side-by-side HTTP benchmark ({@code mvn -Pbench-http}): boots embedded Payara on 127.0.0.1 (WildFly, a child
 * process, with {@code -Dbench.server=wildfly}), deploys
 * the same tiny application without the library ({@code plain}) and with it, opens the same number of live
 * sessions on each, then drives them with the same closed-loop load in alternating rounds and prints
 * throughput, p50/p99 latency and the ratios to {@code plain}. Loopback only; it stops by itself.
 *
 * <p>System properties (defaults in brackets): {@code bench.variants} [{@value #DEFAULT_VARIANTS}; see
 * {@link BenchApp}], {@code bench.sessions} [1000], {@code bench.users} [8], {@code bench.rounds} [4],
 * {@code bench.round.seconds} [6], {@code bench.round.requests} [200000], {@code bench.warmup.seconds} [8],
 * {@code bench.http.port} [free].
 */
public final class HttpBenchmark {

    /** Plain, then each algorithm as configured by default, without the library's mechanism, and without the cache. */
    private static final String DEFAULT_VARIANTS = "plain,HS256,HS256-nomechanism,HS256-nocache-nomechanism,ES256,ES256-nomechanism,ES256-nocache-nomechanism";
    private static final String COOKIE = "JSESSIONID";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private HttpBenchmark() {
    }

    /** Runs the benchmark; exits 0 when done, 1 on failure. */
    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        List<String> variants = List.of(System.getProperty("bench.variants", DEFAULT_VARIANTS).split(","));
        int sessions = Integer.getInteger("bench.sessions", 1000);
        int users = Integer.getInteger("bench.users", 8);
        int rounds = Integer.getInteger("bench.rounds", 4);
        Duration roundTime = Duration.ofSeconds(Integer.getInteger("bench.round.seconds", 6));
        int roundRequests = Integer.getInteger("bench.round.requests", 200_000);
        Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 8));
        int port = Integer.getInteger("bench.http.port", 0);
        double loadBefore = loadAverage();
        LocalServer.exitWithParent();

        List<String> notes = new ArrayList<>();
        Map<String, List<HttpRequest>> apps = new LinkedHashMap<>();
        List<BenchApp> libraryApps = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        try (LocalServer server = LocalServer.start(port == 0 ? freeLoopbackPort() : port)) {
            URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
            for (String variant : variants) {
                BenchApp app = BenchApp.of(variant.strip());
                String skipped = deploy(server, app);
                List<String> cookies = skipped == null ? openSessions(client, base, app, sessions) : List.of();
                if (skipped == null) {
                    skipped = wrongAlgorithm(app, cookies.get(0));
                }
                if (skipped != null) {
                    notes.add(app.name() + " skipped: " + skipped);
                    System.out.println("BENCH " + notes.get(notes.size() - 1));
                    continue;
                }
                if (app.hasLibrary()) {
                    libraryApps.add(app);
                }
                apps.put(app.name(), cookies.stream().map(c -> HttpRequest.newBuilder(base.resolve(app.context() + "/hit"))
                        .timeout(TIMEOUT).header("Cookie", COOKIE + "=" + c).GET().build()).toList());
            }

            for (Map.Entry<String, List<HttpRequest>> app : apps.entrySet()) {
                LoadRound round = LoadRound.run(app.getKey(), client, app.getValue(), users, warmup, Integer.MAX_VALUE);
                System.out.printf(Locale.ROOT, "BENCH warm-up %s: %d requests, %.0f req/s, %d errors%n", app.getKey(),
                        round.requests(), round.throughput(), round.errors());
            }
            Map<String, Long> signedBefore = statistic(libraryApps, "TokensIssued");
            List<LoadRound> measured = new ArrayList<>();
            List<String> names = List.copyOf(apps.keySet());
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get((i + r) % names.size());
                    LoadRound round = LoadRound.run(name, client, apps.get(name), users, roundTime, roundRequests);
                    measured.add(round);
                    System.out.printf(Locale.ROOT, "BENCH round %d %s: %d requests, %.0f req/s, %d errors%n", r + 1,
                            name, round.requests(), round.throughput(), round.errors());
                }
            }
            Map<String, Double> signedPer10k = new LinkedHashMap<>();
            Map<String, Long> signedAfter = statistic(libraryApps, "TokensIssued");
            for (Map.Entry<String, Long> entry : signedAfter.entrySet()) {
                if (!signedBefore.containsKey(entry.getKey())) {
                    continue;
                }
                long requests = measured.stream().filter(m -> m.app().equals(entry.getKey())).mapToLong(LoadRound::requests).sum();
                signedPer10k.put(entry.getKey(), (entry.getValue() - signedBefore.get(entry.getKey())) * 10_000.0 / requests);
            }

            System.out.println();
            System.out.printf(Locale.ROOT, "HTTP benchmark, %s, %d cores, Java %s, load average %.2f before / %.2f after%n",
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), loadBefore, loadAverage());
            System.out.printf(Locale.ROOT, "%d live sessions per app, %d virtual users, %d rounds of %ds (at most %d"
                    + " requests) per app, alternating, after %ds of warm-up each%n%n", sessions, users, rounds,
                    roundTime.getSeconds(), roundRequests, warmup.getSeconds());
            new HttpReport(names, measured).print(System.out, signedPer10k);
            System.out.println();
            for (String counter : List.of("TokensVerified", "CacheHits", "CacheMisses", "TokensIssued", "TokensRejected")) {
                System.out.println("session-jwt " + counter + " (whole run): " + statistic(libraryApps, counter));
            }
            notes.forEach(note -> System.out.println("\nNote: " + note));
        }
    }

    /** Deploys the app; null when deployed, else why it cannot run (only a library key format may be missing). */
    private static String deploy(LocalServer server, BenchApp app) throws Exception {
        try {
            server.deploy(app.war(), app.context());
            return null;
        } catch (IllegalStateException e) {
            if ("ES256".equals(app.algorithm())) {
                return "this build of session-jwt does not accept a PEM EC private key as session-jwt.key";
            }
            throw e;
        }
    }

    /** Logs in {@code count} times and returns each new session's cookie value. */
    private static List<String> openSessions(HttpClient client, URI base, BenchApp app, int count)
            throws IOException, InterruptedException {
        HttpRequest login = HttpRequest.newBuilder(base.resolve(app.context() + "/login")).timeout(TIMEOUT).GET().build();
        List<String> cookies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
            String header = response.headers().allValues("set-cookie").stream()
                    .filter(h -> h.startsWith(COOKIE + "=")).findFirst()
                    .orElseThrow(() -> new IllegalStateException(app.name() + "/login set no " + COOKIE + " cookie"));
            int end = header.indexOf(';');
            cookies.add(header.substring(COOKIE.length() + 1, end < 0 ? header.length() : end));
        }
        return cookies;
    }

    /** Null when the app's tokens carry the expected alg (or it has no library), else what they carry. */
    private static String wrongAlgorithm(BenchApp app, String cookie) {
        if (!app.hasLibrary()) {
            return null;
        }
        String header = new String(Base64.getUrlDecoder().decode(cookie.substring(0, cookie.indexOf('.'))),
                StandardCharsets.UTF_8);
        return header.contains("\"alg\":\"" + app.algorithm() + "\"") ? null
                : "its tokens are " + header + ", not " + app.algorithm() + ": this build of session-jwt reads"
                        + " session-jwt.key as an HMAC secret (asymmetric keys come with the keys work)";
    }

    /**
     * One attribute of each library app's statistics MXBean, by app name: read in this JVM, where the embedded server
     * runs; empty for WildFly, whose MBeans this JVM does not reach (the table then shows "-" for tokens signed).
     */
    private static Map<String, Long> statistic(List<BenchApp> libraryApps, String attribute) throws JMException {
        Map<String, Long> values = new LinkedHashMap<>();
        if (!ServerUnderTest.current().isEmbedded()) {
            return values;
        }
        for (BenchApp app : libraryApps) {
            ObjectName bean = new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/" + app.context());
            values.put(app.name(), (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(bean, attribute));
        }
        return values;
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
