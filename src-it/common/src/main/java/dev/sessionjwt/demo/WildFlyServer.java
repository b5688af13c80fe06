package dev.sessionjwt.demo;

import java.io.IOException;
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
 * WildFly as a child process for the demo and the HTTP benchmark ({@code -Ddemo.server=wildfly},
 * {@code -Dbench.server=wildfly}; WildFly Preview 39 with {@code wildfly39}, on this JVM's JDK 21+): the distribution
 * the build unpacked and
 * configured (system property {@code wildfly.home}), started with standalone-microprofile.xml and every socket on
 * 127.0.0.1 (the JVM options in {@code wildfly.jvm.options}, as for the integration tests, with the demo's HTTP port).
 * WARs are deployed by WildFly's deployment scanner; the server stops with this JVM.
 *
 * <pre>
 * try (WildFlyServer server = WildFlyServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class WildFlyServer implements LocalServer {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final Path home;
    private final int port;
    private final List<String> deployed = new ArrayList<>();

    private WildFlyServer(Process process, Path home, int port) {
        this.process = process;
        this.home = home;
        this.port = port;
    }

    /**
     * Starts WildFly with its HTTP listener on {@code 127.0.0.1:port}; its log goes to standalone/log/server.log.
     *
     * @param port the HTTP port; it must be free
     */
    public static WildFlyServer start(int port) throws IOException {
        LocalServer.requireFreePort(port);
        Path home = Path.of(required("wildfly.home"));
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "--server-config=standalone-microprofile.xml"));
        for (String option : required("wildfly.jvm.options").trim().split("\\s+")) {
            if (option.startsWith("-D")) {
                command.add(option);
            }
        }
        command.add("-Djboss.http.port=" + port);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("JAVA_OPTS", "-Xmx" + System.getProperty(LocalServer.HEAP, "768m")
                + " -Djava.net.preferIPv4Stack=true " + System.getProperty(LocalServer.JVM_OPTIONS, ""));
        Files.deleteIfExists(home.resolve("standalone/deployments/demo.war.deployed"));
        return new WildFlyServer(builder.start(), home, port);
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
     * Deploys a WAR at {@code /name} and waits until WildFly says it is deployed.
     *
     * @throws IllegalStateException if the deployment fails (standalone/log/server.log says why)
     */
    @Override
    public void deploy(WebArchive war, String name) throws IOException, InterruptedException {
        Path deployments = home.resolve("standalone/deployments");
        Files.deleteIfExists(deployments.resolve(name + ".war.failed"));
        deployed.add(name);
        war.as(ZipExporter.class).exportTo(deployments.resolve(name + ".war").toFile(), true);
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (!Files.exists(deployments.resolve(name + ".war.deployed"))) {
            if (Files.exists(deployments.resolve(name + ".war.failed")) || !process.isAlive()
                    || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " failed to deploy on WildFly; see " + home.resolve(
                        "standalone/log/server.log"));
            }
            Thread.sleep(250);
        }
    }

    /**
     * Stops WildFly and the processes it started, and removes what this server deployed from the deployment scanner's
     * directory, so that the next start of this WildFly (the integration tests) deploys nothing by itself.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        process.waitFor();
        for (String name : deployed) {
            for (String suffix : List.of("", ".deployed", ".failed", ".isdeploying", ".pending", ".dodeploy")) {
                Files.deleteIfExists(home.resolve("standalone/deployments/" + name + ".war" + suffix));
            }
        }
    }

    private static String required(String property) {
        return LocalServer.requiredProperty(property, "wildfly (or wildfly39)");
    }
}
