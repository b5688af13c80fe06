package dev.sessionjwt.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwt.JwtClaims;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.it.KeyPairs;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.cluster.LoopbackOnlyNetwork;
import dev.sessionjwt.it.cluster.PayaraMicroCluster;
import dev.sessionjwt.it.cluster.SharedCookieClient;
import dev.sessionjwt.it.cluster.app.ClusterServlet;
import dev.sessionjwt.it.cluster.app.VisitCounter;
import dev.sessionjwt.token.Verification;

/**
 * How fast a logout reaches the readers ({@code mvn -Pbench-logout verify}): two Payara Micro nodes replicating a
 * {@code <distributable/>} WAR (ES256, an issuer, a back-channel logout receiver) in a network namespace with nothing
 * but loopback, under {@code bench.clients} clients of load that write their sessions on both nodes. Each sample
 * creates a session on node A, checks that every reader accepts its token, logs it out on A, and measures from the
 * logout response to the refusal by:
 * <ul>
 * <li>{@code push}: the back-channel logout receiver (in this JVM) is posted a logout token naming the session;</li>
 * <li>{@code java-pull}: a {@link SessionJwtReader} built with {@code discover(B)} and default settings, long-lived
 * as in a service, refuses the token (checked every 10 ms);</li>
 * <li>{@code python-pull}: the documented Python reader ({@code src-it/readers/reader.py}) run against B, again and
 * again, answers "ended".</li>
 * </ul>
 * Samples start at random moments, so the logouts fall anywhere in the readers' poll interval. Prints p50, p99 and
 * the maximum per reader. A push that arrives before the logout response counts as 0.
 *
 * <p>System properties: {@code bench.samples} [40], {@code bench.clients} [64], {@code bench.python.reader} (the
 * script; no Python column without it).
 */
public final class LogoutLatencyBenchmark {

    private static final String CONTEXT = "logout";
    private static final Pattern SESSION = Pattern.compile("session=(\\S+)");
    private static final Map<String, Long> PUSHED_AT = new ConcurrentHashMap<>();

    private LogoutLatencyBenchmark() {
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
        int samples = Integer.getInteger("bench.samples", 40);
        int clients = Integer.getInteger("bench.clients", 64);
        String python = System.getProperty("bench.python.reader", "");
        HttpServer receiver = receiver();
        URI receiverUri = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/bcl");
        try (PayaraMicroCluster cluster = PayaraMicroCluster.start(List.of(war(receiverUri)), "api/read")) {
            URI a = cluster.a(CONTEXT);
            URI b = cluster.b(CONTEXT);
            URI discoveryOnB = b.resolve(".well-known/session-jwt");
            SessionJwtReader reader = SessionJwtReader.builder().discover(discoveryOnB).build();
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicLong loadRequests = new AtomicLong();
            ExecutorService load = Executors.newFixedThreadPool(clients);
            List<Future<?>> loaders = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                loaders.add(load.submit(() -> load(a, b, loading, loadRequests)));
            }
            List<Long> push = new ArrayList<>();
            List<Long> javaPull = new ArrayList<>();
            List<Long> pythonPull = new ArrayList<>();
            long loadStart = System.nanoTime();
            try {
                for (int sample = 1; sample <= samples; sample++) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(0, 1000));
                    long[] measured = sample(a, reader, discoveryOnB, python);
                    push.add(measured[0]);
                    javaPull.add(measured[1]);
                    if (measured[2] >= 0) {
                        pythonPull.add(measured[2]);
                    }
                    System.out.printf(Locale.ROOT, "sample %d of %d: push %d ms, java-pull %d ms, python-pull %s%n",
                            sample, samples, measured[0], measured[1],
                            measured[2] < 0 ? "-" : measured[2] + " ms");
                }
            } finally {
                loading.set(false);
                load.shutdown();
                load.awaitTermination(1, TimeUnit.MINUTES);
                receiver.stop(0);
            }
            for (Future<?> loader : loaders) {
                loader.get();
            }
            double seconds = (System.nanoTime() - loadStart) / 1e9;
            System.out.println();
            System.out.printf(Locale.ROOT, "load: %d clients, %.0f requests/s on both nodes together%n", clients,
                    loadRequests.get() / seconds);
            System.out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s%n", "reader", "samples", "p50 ms", "p99 ms",
                    "max ms");
            print("push", push);
            print("java-pull", javaPull);
            if (!pythonPull.isEmpty()) {
                print("python-pull", pythonPull);
            }
        }
    }

    /**
     * One logout: a fresh session on A, accepted by every reader; logged out on A; then the time to each refusal.
     *
     * @return milliseconds from the logout response to the push, the Java reader's refusal and the Python reader's
     *         (-1 without it)
     */
    private static long[] sample(URI a, SessionJwtReader reader, URI discoveryOnB, String python) throws Exception {
        SharedCookieClient client = new SharedCookieClient();
        String sessionId = value(SESSION, ok(client.get(a, "api/write?item=x")));
        String token = client.cookie("JSESSIONID");
        String hash = Tokens.sessionHash(sessionId);
        if (!(reader.verify(token) instanceof Verification.Valid)) {
            throw new AssertionError("the Java reader refused a live token: " + reader.verify(token));
        }
        if (!python.isEmpty() && python(python, discoveryOnB, token) != 0) {
            throw new AssertionError("the Python reader refused a live token");
        }
        ok(client.get(a, "api/logout"));
        long loggedOut = System.nanoTime();
        ExecutorService pollers = Executors.newFixedThreadPool(2);
        try {
            Future<Long> javaMs = pollers.submit(() -> {
                while (reader.verify(token) instanceof Verification.Valid) {
                    checkWithin(loggedOut, "the Java reader");
                    Thread.sleep(10);
                }
                return millisSince(loggedOut);
            });
            Future<Long> pythonMs = pollers.submit(() -> {
                if (python.isEmpty()) {
                    return -1L;
                }
                while (python(python, discoveryOnB, token) == 0) {
                    checkWithin(loggedOut, "the Python reader");
                }
                return millisSince(loggedOut);
            });
            Long pushed;
            while ((pushed = PUSHED_AT.remove(hash)) == null) {
                checkWithin(loggedOut, "the back-channel logout receiver");
                Thread.sleep(5);
            }
            return new long[] {Math.max(0, (pushed - loggedOut) / 1_000_000), javaMs.get(), pythonMs.get()};
        } finally {
            pollers.shutdownNow();
        }
    }

    private static void checkWithin(long since, String what) {
        if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(60)) {
            throw new AssertionError(what + " did not learn of the logout within 60 s");
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * Runs the Python reader once, on Debian's {@code /usr/bin/python3} where {@code apt-get install python3-jwt}
     * puts PyJWT (as the readers page says); its exit status (0 valid, 1 ended; 2 invalid fails the run).
     */
    private static int python(String script, URI discovery, String token) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("/usr/bin/python3", script, discovery.toString(), token)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit == 2) {
            throw new AssertionError("the Python reader failed: " + output);
        }
        return exit;
    }

    /** One client of load: writes its session on A and B in turn until told to stop. */
    private static Void load(URI a, URI b, AtomicBoolean loading, AtomicLong requests) {
        SharedCookieClient client = new SharedCookieClient();
        int i = 0;
        while (loading.get()) {
            ok(client.get(i++ % 2 == 0 ? a : b, "api/write?item=" + (i % 10)));
            requests.incrementAndGet();
            if (i % 50 == 0) {
                client = new SharedCookieClient();
            }
        }
        return null;
    }

    /** The back-channel logout receiver: records when a logout token naming a session arrived. */
    private static HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/bcl", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            int status = 400;
            if (body.startsWith("logout_token=")) {
                String jwt = URLDecoder.decode(body.substring("logout_token=".length()), StandardCharsets.US_ASCII);
                try {
                    // the receiver's verification is not what is measured here; the token's sid names the session
                    String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]),
                            StandardCharsets.UTF_8);
                    PUSHED_AT.putIfAbsent(JwtClaims.parse(payload).getStringClaimValue("sid"), at);
                    status = 200;
                } catch (Exception e) {
                    status = 400;
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void print(String name, List<Long> millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).filter(v -> v >= 0).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf(Locale.ROOT, "%-12s %8d %8s %8s %8s%n", name, 0, "-", "-", "-");
            return;
        }
        System.out.printf(Locale.ROOT, "%-12s %8d %8d %8d %8d%n", name, sorted.length, sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)],
                sorted[sorted.length - 1]);
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String value(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError(pattern + " not in " + body);
        }
        return matcher.group(1);
    }

    private static Path war(URI receiver) throws Exception {
        WebArchive war = Wars.withConfig(Wars.withLibrary(ShrinkWrap.create(WebArchive.class, CONTEXT + ".war"))
                        .addClasses(ClusterServlet.class, VisitCounter.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"6.0\"><distributable/></web-app>")),
                Map.of("session-jwt.key", KeyPairs.privatePem(KeyPairs.generate("EC", 256)),
                        "session-jwt.issuer", "https://logout-bench.example",
                        "session-jwt.backchannel-logout.uris", receiver.toString()));
        Path file = Path.of("target", "cluster", CONTEXT + ".war");
        Files.createDirectories(file.getParent());
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        return file;
    }
}
