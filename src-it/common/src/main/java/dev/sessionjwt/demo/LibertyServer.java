package dev.sessionjwt.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Open Liberty as a child process for the demo and the HTTP benchmark ({@code -Ddemo.server=liberty},
 * {@code -Dbench.server=liberty}): the runtime the build unpacked (system property {@code liberty.home}) with the
 * server of src-it/liberty ({@code liberty.server}), started with {@code bin/server run}, HTTP on 127.0.0.1 at the
 * given port (the environment variable {@code LIBERTY_HTTP_PORT}) and the JVM options of the integration tests
 * ({@code liberty.jvm.options}). WARs are deployed through the dropins directory; the server stops with this JVM.
 *
 * <pre>
 * try (LibertyServer server = LibertyServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class LibertyServer implements LocalServer {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path serverDir;
    private final int port;
    private final List<String> deployed = new ArrayList<>();

    private LibertyServer(Process process, Path serverDir, int port) {
        this.process = process;
        this.serverDir = serverDir;
        this.port = port;
    }

    /**
     * Starts Liberty with its HTTP listener on {@code 127.0.0.1:port}; its log goes to the server's logs/messages.log.
     *
     * @param port the HTTP port; it must be free
     */
    public static LibertyServer start(int port) throws IOException {
        LocalServer.requireFreePort(port);
        Path home = Path.of(required("liberty.home"));
        String server = required("liberty.server");
        Path serverDir = home.resolve("usr/servers").resolve(server);
        removeDropins(serverDir);
        // Liberty rolls an existing messages.log over at start; without it, deploy reads the new log from its start
        Files.deleteIfExists(serverDir.resolve("logs/messages.log"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/server").toString(), "run", server)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        String heap = System.getProperty(LocalServer.HEAP);
        builder.environment().put("JVM_ARGS", required("liberty.jvm.options") + (heap == null ? "" : " -Xmx" + heap)
                + " " + System.getProperty(LocalServer.JVM_OPTIONS, ""));
        builder.environment().put("LIBERTY_HTTP_PORT", Integer.toString(port));
        return new LibertyServer(builder.start(), serverDir, port);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Optional<ProcessHandle> jvm() {
        return LocalServer.javaAmong(process);
    }

    /**
     * Deploys a WAR at {@code /name} and waits until Liberty says the application started.
     *
     * @throws IllegalStateException if it fails to start (logs/messages.log says why)
     */
    @Override
    public void deploy(WebArchive war, String name) throws IOException, InterruptedException {
        Path log = serverDir.resolve("logs/messages.log");
        long from = Files.exists(log) ? Files.size(log) : 0;
        Path dropins = Files.createDirectories(serverDir.resolve("dropins"));
        deployed.add(name);
        Path staged = serverDir.resolve(name + ".war.tmp");
        war.as(ZipExporter.class).exportTo(staged.toFile(), true);
        Files.move(staged, dropins.resolve(name + ".war"));
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (true) {
            String text = Files.exists(log) ? tail(log, from) : "";
            if (text.contains("CWWKZ0001I: Application " + name + " started")) {
                return;
            }
            if (text.contains("CWWKZ0002E") && text.contains(" " + name + " ") || !process.isAlive()
                    || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " failed to start on Liberty; see " + log);
            }
            Thread.sleep(250);
        }
    }

    /** Stops Liberty and removes what this server deployed from dropins, so the next start deploys nothing by itself. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
        for (String name : deployed) {
            Files.deleteIfExists(serverDir.resolve("dropins/" + name + ".war"));
        }
    }

    private static void removeDropins(Path serverDir) throws IOException {
        Path dropins = serverDir.resolve("dropins");
        if (Files.isDirectory(dropins)) {
            try (var wars = Files.list(dropins)) {
                for (Path war : wars.filter(path -> path.getFileName().toString().endsWith(".war")).toList()) {
                    Files.delete(war);
                }
            }
        }
    }

    private static String tail(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        // a log shorter than where we started is a new one (rolled over): read it whole
        int start = from > all.length ? 0 : (int) from;
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }

    private static String required(String property) {
        return LocalServer.requiredProperty(property, "liberty (or liberty11)");
    }
}
