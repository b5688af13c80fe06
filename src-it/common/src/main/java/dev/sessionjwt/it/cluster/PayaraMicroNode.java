package dev.sessionjwt.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro node as a child process ({@code java -jar payara-micro.jar}) of the test JVM, so in its network
 * namespace; output goes to target/cluster/NAME.log.
 *
 * <pre>
 * try (PayaraMicroNode node = PayaraMicroNode.start(settings)) {
 *     node.awaitReady("ready.txt", PayaraMicroNode.START_TIMEOUT);
 *     URI app = node.baseUri();
 * }
 * </pre>
 */
public final class PayaraMicroNode implements AutoCloseable {

    /** How long a node may take to serve its application: a small WAR takes 10-11 s on 2 cores (20-25 s for two). */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final NodeSettings settings;
    private final Path log;
    private final Process process;
    private final long startedNanos = System.nanoTime();
    /** Kills the node if the test JVM exits without closing it (a failsafe timeout, an aborted build). */
    private final Thread reaper;
    private Duration startupTime;

    private PayaraMicroNode(NodeSettings settings, Path log, Process process) {
        this.settings = settings;
        this.log = log;
        this.process = process;
        this.reaper = new Thread(process::destroyForcibly, "reaper-" + settings.name());
    }

    /** Starts the node and returns at once; see {@link #awaitReady}. Needs the system property payara.micro.jar. */
    public static PayaraMicroNode start(NodeSettings settings) {
        NodeFiles files = NodeFiles.prepare(settings.name());
        List<String> command = PayaraMicroCommand.of(settings, java(), files.payaraMicro(), files.rootDir(),
                files.preBootFile());
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(files.log().toFile())
                    .start();
            PayaraMicroNode node = new PayaraMicroNode(settings, files.log(), process);
            Runtime.getRuntime().addShutdownHook(node.reaper);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro node " + settings.name() + ": " + command, e);
        }
    }

    /** The application's base URL, http://127.0.0.1:PORT/CONTEXT/. */
    public URI baseUri() {
        return baseUri(settings.contextRoot());
    }

    /** The base URL of the application deployed at {@code contextRoot}, http://127.0.0.1:PORT/CONTEXT/. */
    public URI baseUri(String contextRoot) {
        return URI.create("http://127.0.0.1:" + settings.httpPort() + "/" + contextRoot + "/");
    }

    /** The node's settings. */
    public NodeSettings settings() {
        return settings;
    }

    /**
     * Waits until GET {@code path} (relative to {@link #baseUri()}) answers 200; fails with the log tail when the
     * process ends or the timeout passes first.
     */
    public void awaitReady(String path, Duration timeout) {
        awaitReady(settings.contextRoot(), path, timeout);
    }

    /** Like {@link #awaitReady(String, Duration)} for the application at {@code contextRoot}. */
    public void awaitReady(String contextRoot, String path, Duration timeout) {
        URI probe = baseUri(contextRoot).resolve(path);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(describe("exited with " + process.exitValue() + " before " + probe
                        + " answered"));
            }
            if (answers(probe)) {
                startupTime = Duration.ofNanos(System.nanoTime() - startedNanos);
                return;
            }
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError(describe("did not answer 200 on " + probe + " within " + timeout));
    }

    /** Time from start until {@link #awaitReady} succeeded; null before. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The node's output so far, without terminal colour codes. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Resident memory of the node's JVM in MiB, from /proc (Linux); -1 if unknown. */
    public long residentMemoryMib() {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    /** This node's name, state and last log lines, for failure messages. */
    public String describe(String problem) {
        List<String> lines = log().lines().toList();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        return "Payara Micro node " + settings.name() + " " + problem + "; its log " + log + " ends:\n" + tail;
    }

    /** Stops the node: SIGTERM, up to 30 s for Payara's shutdown, then SIGKILL. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the reaper runs anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean answers(URI probe) {
        try {
            HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + probe, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** The test JVM's own java launcher (the real one: the namespace wrapper exec'd it). */
    private static Path java() {
        return Path.of(ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("Cannot tell which java runs this JVM")));
    }
}
