package dev.sessionjwt.bench;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
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
import java.util.stream.Stream;

import javax.management.JMException;
import javax.management.ObjectName;

import dev.sessionjwt.demo.LocalServer;
import dev.sessionjwt.it.ServerUnderTest;

/**
 * The side-by-side HTTP benchmark ({@code mvn -Pbench-http}): boots embedded Payara on 127.0.0.1 (or the server
 * {@code -Dbench.server} names, through {@link LocalServer}: embedded GlassFish or Tomcat, or WildFly, Open Liberty,
 * Payara Micro 7 or WildFly Preview 39 as a child process), deploys
 * the same tiny application without the library ({@code plain}) and with it, then, for each number of live
 * sessions, opens that many sessions on each and drives them with the same closed-loop load in alternating
 * rounds, and prints throughput, p50/p99 latency and the ratios to {@code plain}. Then the same for first visits
 * and logins (see {@link Traffic}), with what each costs beyond the bare JCA signature. Loopback only; it stops by
 * itself.
 *
 * <p>System properties (defaults in brackets): {@code bench.variants} [{@value #DEFAULT_VARIANTS}; see
 * {@link BenchApp}], {@code bench.sessions} [1000; a list such as 1000,10000,100000 gives one table per size],
 * {@code bench.patterns} [steady,first-visit,login], {@code bench.users} [8], {@code bench.rounds} [4],
 * {@code bench.round.seconds} [6], {@code bench.round.requests} [200000], {@code bench.warmup.seconds} [8],
 * {@code bench.http.port} [0: free], {@code bench.memory} [false: true measures the heap per session instead,
 * see {@link HeapPerSession}].
 */
public final class HttpBenchmark {

    private static final String DEFAULT_VARIANTS = "plain,HS256,RS256,ES256,EdDSA";
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
        List<Integer> sizes = Stream.of(System.getProperty("bench.sessions", "1000").split(",")).map(String::strip)
                .map(Integer::valueOf).sorted().toList();
        List<Traffic> patterns = Stream.of(System.getProperty("bench.patterns", "steady,first-visit,login").split(","))
                .map(Traffic::of).toList();
        int users = Integer.getInteger("bench.users", 8);
        int port = Integer.getInteger("bench.http.port", 0);
        Load load = new Load(users, Integer.getInteger("bench.rounds", 4),
                Duration.ofSeconds(Integer.getInteger("bench.round.seconds", 6)),
                Integer.getInteger("bench.round.requests", 200_000),
                Duration.ofSeconds(Integer.getInteger("bench.warmup.seconds", 8)));
        double loadBefore = loadAverage();
        LocalServer.exitWithParent();

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        try (LocalServer server = LocalServer.start(port == 0 ? freeLoopbackPort() : port)) {
            URI root = URI.create("http://127.0.0.1:" + server.port() + "/");
            Map<String, Target> apps = new LinkedHashMap<>();
            for (String variant : variants) {
                BenchApp app = BenchApp.of(variant.strip());
                server.deploy(app.war(), app.context());
                URI base = root.resolve(app.context() + "/");
                apps.put(app.name(), new Target(app, base, new SessionPool(base)));
            }
            if (Boolean.getBoolean("bench.memory")) {
                Map<String, SessionPool> pools = new LinkedHashMap<>();
                apps.forEach((name, target) -> pools.put(name, target.sessions));
                HeapPerSession.measure(System.out, client, pools, sizes.get(sizes.size() - 1), users, server.jvm());
                return;
            }
            for (Target target : apps.values()) {
                target.sessions.openUpTo(client, 1, 1, true);
                target.token = target.sessions.cookie(0);
                String wrong = wrongAlgorithm(target.app, target.token);
                if (wrong != null) {
                    throw new IllegalStateException(target.app.name() + ": " + wrong);
                }
            }
            System.out.printf(Locale.ROOT, "%nHTTP benchmark, %s, %d cores, Java %s, load average %.2f before%n",
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0), cores(), System.getProperty("java.version"),
                    loadBefore);
            System.out.printf(Locale.ROOT, "%d virtual users, %d alternating rounds of %ds (at most %d requests) per"
                    + " app, after %ds of warm-up each%n", users, load.rounds, load.roundTime.getSeconds(),
                    load.roundRequests, load.warmup.getSeconds());
            if (patterns.contains(Traffic.STEADY)) {
                for (int size : sizes) {
                    for (Target target : apps.values()) {
                        target.sessions.openUpTo(client, size, users, true);
                    }
                    section(client, apps, Traffic.STEADY, load, size + " live sessions per app, steady state",
                            server.jvm().isEmpty());
                }
            } else {
                for (Target target : apps.values()) {
                    target.sessions.openUpTo(client, sizes.get(0), users, true);
                }
            }
            for (Traffic traffic : List.of(Traffic.FIRST_VISIT, Traffic.LOGIN)) {
                if (patterns.contains(traffic)) {
                    section(client, apps, traffic, load, traffic.label() + " (" + (traffic == Traffic.LOGIN
                            ? "each request changes a live session's id" : "each request creates a session") + ")",
                            server.jvm().isEmpty());
                }
            }
            System.out.println();
            for (String counter : List.of("TokensRecognized", "TokensVerified", "CacheHits", "CacheMisses",
                    "TokensIssued", "TokensRejected")) {
                System.out.println("session-jwt " + counter + " (whole run): " + statistic(apps, counter));
            }
            System.out.printf(Locale.ROOT, "load average %.2f after%n", loadAverage());
        }
    }

    /** Warm-up and alternating rounds of one traffic on every app, then its table. */
    private static void section(HttpClient client, Map<String, Target> apps, Traffic traffic, Load load, String title,
            boolean serverInThisJvm) throws Exception {
        for (Map.Entry<String, Target> app : apps.entrySet()) {
            LoadRound round = LoadRound.run(app.getKey(), client, traffic, app.getValue().base, app.getValue().sessions,
                    load.users, load.warmup, Integer.MAX_VALUE);
            System.out.printf(Locale.ROOT, "BENCH %s warm-up %s: %d requests, %.0f req/s, %d errors%n",
                    traffic.label(), app.getKey(), round.requests(), round.throughput(), round.errors());
        }
        Map<String, Long> signedBefore = statistic(apps, "TokensIssued");
        List<LoadRound> measured = new ArrayList<>();
        List<String> names = List.copyOf(apps.keySet());
        for (int r = 0; r < load.rounds; r++) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + r) % names.size());
                Target target = apps.get(name);
                LoadRound round = LoadRound.run(name, client, traffic, target.base, target.sessions, load.users,
                        load.roundTime, load.roundRequests);
                measured.add(round);
                System.out.printf(Locale.ROOT, "BENCH %s round %d %s: %d requests, %.0f req/s, %d errors%n",
                        traffic.label(), r + 1, name, round.requests(), round.throughput(), round.errors());
            }
        }
        Map<String, Double> signedPer10k = new LinkedHashMap<>();
        statistic(apps, "TokensIssued").forEach((name, after) -> {
            long requests = measured.stream().filter(m -> m.app().equals(name)).mapToLong(LoadRound::requests).sum();
            signedPer10k.put(name, (after - signedBefore.get(name)) * 10_000.0 / requests);
        });
        HttpReport report = new HttpReport(names, measured);
        System.out.printf(Locale.ROOT, "%n%s, load average %.2f:%n%n", title, loadAverage());
        report.print(System.out, signedPer10k);
        if (traffic != Traffic.STEADY) {
            Map<String, Double> floors = new LinkedHashMap<>();
            for (Target target : apps.values()) {
                if (target.app.hasLibrary()) {
                    floors.put(target.app.name(), serverInThisJvm
                            ? SignFloor.micros(target.app.algorithm(), target.token) : Double.NaN);
                }
            }
            System.out.println();
            report.printCosts(System.out, floors, cores());
        }
    }

    /** Null when the app's tokens carry the expected alg (or it has no library), else what they carry. */
    private static String wrongAlgorithm(BenchApp app, String cookie) {
        if (!app.hasLibrary()) {
            return null;
        }
        String header = new String(Base64.getUrlDecoder().decode(cookie.substring(0, cookie.indexOf('.'))),
                StandardCharsets.UTF_8);
        return header.contains("\"alg\":\"" + app.algorithm() + "\"") ? null
                : "its tokens are " + header + ", not " + app.algorithm();
    }

    /**
     * One attribute of each library app's statistics MXBean, by app name; empty on a server in another JVM
     * (WildFly, Liberty, Payara Micro 7), whose MBeans this JVM does not reach: its "tokens signed" column then shows "-".
     */
    private static Map<String, Long> statistic(Map<String, Target> apps, String attribute) throws JMException {
        Map<String, Long> values = new LinkedHashMap<>();
        if (!ServerUnderTest.current().isEmbedded()) {
            return values;
        }
        for (Target target : apps.values()) {
            if (target.app.hasLibrary()) {
                ObjectName bean = new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/" + target.app.context());
                values.put(target.app.name(), (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(bean,
                        attribute));
            }
        }
        return values;
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A deployed application, its base URI and its live sessions. */
    private static final class Target {
        final BenchApp app;
        final URI base;
        final SessionPool sessions;
        /** A token of the app (its first session's cookie), for the size of the signing input. */
        String token;

        Target(BenchApp app, URI base, SessionPool sessions) {
            this.app = app;
            this.base = base;
            this.sessions = sessions;
        }
    }

    /** How the load is applied. */
    private record Load(int users, int rounds, Duration roundTime, int roundRequests, Duration warmup) {
    }

    /** A port that is free on 127.0.0.1 now. */
    private static int freeLoopbackPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
