package dev.sessionjwt.it.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One Payara Micro process ({@code java -jar payara-micro.jar}, on this JVM's own java), its own domain.xml with plain
 * error answers ({@link #plainErrorAnswers}), every socket on 127.0.0.1:
 * HTTP and the disabled HTTPS listener through pre-boot commands, Hazelcast on its port with itself as the only member
 * (TCP/IP discovery, no multicast; {@code hazelcast.socket.bind.any=false}, as the cluster tests start it), JMX on one
 * port (none when the configuration's JMX port is 0: the demo and the benchmark); its output goes to server.log in the
 * working directory. The deployer application ({@link MicroDeployerServlet}, context root {@value #DEPLOYER}) is
 * deployed at boot and obeys only requests that carry the secret this class wrote to an owner-only file for it
 * ({@value #SECRET_FILE_PROPERTY}), so that neither a web page in a browser nor another user of the machine can
 * deploy through it while the demo runs. Used by the integration tests ({@link PayaraMicroContainer}) and by the demo
 * and the HTTP benchmark ({@code dev.sessionjwt.demo.PayaraMicroLocalServer}).
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** The deployer application's context root. */
    static final String DEPLOYER = "session-jwt-deployer";
    /** System property of the Payara Micro JVM: the file that holds the deployer's secret. */
    static final String SECRET_FILE_PROPERTY = "sessionjwt.deployer.secret.file";
    /** The request header that carries the deployer's secret. */
    static final String SECRET_HEADER = "X-Session-Jwt-Deployer";

    /** The one server of this JVM, for {@code ServerUnderTest}; null when none runs. */
    private static volatile PayaraMicroServer current;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final PayaraMicroConfiguration configuration;
    private final Path base;
    private final Process process;
    private final String secret;

    private PayaraMicroServer(PayaraMicroConfiguration configuration, Path base, Process process, String secret) {
        this.configuration = configuration;
        this.base = base;
        this.process = process;
        this.secret = secret;
    }

    /** Starts the server and waits until the deployer answers; fails with the log's end if it does not. */
    public static PayaraMicroServer start(PayaraMicroConfiguration configuration) {
        Path base = Path.of(configuration.getBaseDir()).toAbsolutePath();
        try {
            deleteRecursively(base);
            Files.createDirectories(base.resolve("root"));
            Files.createDirectories(base.resolve("wars"));
            Files.writeString(base.resolve("preboot.txt"), preBootCommands(configuration));
            Files.writeString(base.resolve("domain.xml"), plainErrorAnswers(defaultDomainXml(configuration)));
            ShrinkWrap.create(WebArchive.class, DEPLOYER + ".war").addClass(MicroDeployerServlet.class)
                    .as(ZipExporter.class).exportTo(base.resolve(DEPLOYER + ".war").toFile(), true);
            String secret = writeSecret(base.resolve("deployer.secret"));
            Process process = new ProcessBuilder(command(configuration, base)).redirectErrorStream(true)
                    .redirectOutput(base.resolve("server.log").toFile()).start();
            PayaraMicroServer server = new PayaraMicroServer(configuration, base, process, secret);
            current = server;
            server.awaitDeployer(Duration.ofSeconds(configuration.getStartupTimeoutInSeconds()));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Payara Micro did not start", e);
        }
    }

    /** The running server of this JVM. */
    public static PayaraMicroServer current() {
        PayaraMicroServer server = current;
        if (server == null) {
            throw new IllegalStateException("no Payara Micro server runs in this test JVM");
        }
        return server;
    }

    /** The asadmin commands Payara Micro runs before boot: every listener on 127.0.0.1. */
    static String preBootCommands(PayaraMicroConfiguration configuration) {
        String listeners = "set configs.config.server-config.network-config.network-listeners.network-listener.";
        return listeners + "http-listener.address=127.0.0.1\n"
                + listeners + "https-listener.address=127.0.0.1\n"
                + listeners + "https-listener.port=" + configuration.getHttpsPort() + "\n";
    }

    /**
     * Payara Micro's own domain.xml with the settings payara.md gives for error answers without server details: no
     * error report valve (the property {@code errorReportValve} with an empty value, which a pre-boot {@code set} cannot
     * write: an empty value removes the property, measured on 7.2026.11) and no Server or X-Powered-By header.
     *
     * @throws IllegalStateException if the file no longer has the shape this edits
     */
    static String plainErrorAnswers(String domainXml) {
        String virtualServer = "network-listeners=\"http-listener, https-listener\"></virtual-server>";
        String http = "<http default-virtual-server=\"server\"";
        if (!domainXml.contains(virtualServer) || !domainXml.contains(http)) {
            throw new IllegalStateException("Payara Micro's domain.xml has no " + virtualServer + " or " + http);
        }
        return domainXml.replace(virtualServer, virtualServer.replace("></virtual-server>",
                        "><property name=\"errorReportValve\" value=\"\"/></virtual-server>"))
                .replace(http, http + " server-header=\"false\" xpowered-by=\"false\"");
    }

    private static String defaultDomainXml(PayaraMicroConfiguration configuration) throws IOException {
        try (ZipFile jar = new ZipFile(configuration.getPayaraMicroJar())) {
            ZipEntry entry = jar.getEntry("MICRO-INF/domain/domain.xml");
            if (entry == null) {
                throw new IllegalStateException(configuration.getPayaraMicroJar() + " has no MICRO-INF/domain/domain.xml");
            }
            try (var in = jar.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /**
     * A random secret in an owner-only file, for the deployer (the file is created with its permissions, so it is never
     * readable by others, not even for a moment).
     */
    private static String writeSecret(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, secret);
        return secret;
    }

    /** The full command line. */
    static List<String> command(PayaraMicroConfiguration configuration, Path base) {
        int jmx = configuration.getJmxPort();
        int hazelcast = configuration.getHazelcastPort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String option : configuration.getJavaVmArguments().trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-Dhazelcast.socket.bind.any=false");
        command.add("-D" + SECRET_FILE_PROPERTY + "=" + base.resolve("deployer.secret"));
        if (jmx > 0) {
            command.addAll(List.of("-Dcom.sun.management.jmxremote.port=" + jmx,
                    "-Dcom.sun.management.jmxremote.rmi.port=" + jmx, "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                    "-Djava.rmi.server.hostname=127.0.0.1", "-Dcom.sun.management.jmxremote.authenticate=false",
                    "-Dcom.sun.management.jmxremote.ssl=false"));
        }
        command.addAll(List.of("-jar", Path.of(configuration.getPayaraMicroJar()).toAbsolutePath().toString(),
                "--rootdir", base.resolve("root").toString(),
                "--domainconfig", base.resolve("domain.xml").toString(),
                "--deploy", base.resolve(DEPLOYER + ".war").toString(),
                "--port", Integer.toString(configuration.getHttpPort()),
                "--prebootcommandfile", base.resolve("preboot.txt").toString(),
                "--startport", Integer.toString(hazelcast),
                "--clustermode", "tcpip:127.0.0.1:" + hazelcast,
                "--interfaces", "127.0.0.1",
                "--clustername", "session-jwt-it-" + hazelcast,
                "--disablephonehome"));
        return command;
    }

    /** The server's process. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    /** The server's log file (its standard output and error). */
    public Path log() {
        return base.resolve("server.log");
    }

    /** The WAR file a deployment is written to. */
    Path warFile(String name) {
        return base.resolve("wars").resolve(name + ".war");
    }

    /**
     * Deploys a WAR under the context root /name and waits until it is deployed.
     *
     * @throws IllegalStateException if Payara Micro refuses it; the message holds what the server logged meanwhile
     */
    public void deploy(Archive<?> archive, String name) {
        Path war = warFile(name);
        archive.as(ZipExporter.class).exportTo(war.toFile(), true);
        long logged = logLength();
        String answer = deployer("deploy", name, war);
        if (!"true".equals(answer)) {
            throw new IllegalStateException("Deployment " + name + " failed in Payara Micro (" + answer + "):\n"
                    + logFrom(logged));
        }
    }

    /**
     * Calls the deployer ({@code deploy} or {@code undeploy}).
     *
     * @return its answer, "true" on success
     */
    String deployer(String operation, String name, Path war) {
        String query = "name=" + name + (war == null ? "" : "&path=" + war.toString().replace(" ", "%20"));
        HttpRequest request = HttpRequest.newBuilder(uri(DEPLOYER + "/" + operation + "?" + query))
                .header(SECRET_HEADER, secret).timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            return HTTP.send(request, BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(describe("did not answer the deployer call " + operation + " " + name), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** http://127.0.0.1:PORT/ + path. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + configuration.getHttpPort() + "/" + path);
    }

    /** The log's length now, to read what a deployment wrote. */
    long logLength() {
        try {
            return Files.size(log());
        } catch (IOException e) {
            return 0;
        }
    }

    /** The log from {@code offset} on, without terminal colour codes. */
    String logFrom(long offset) {
        try {
            byte[] all = Files.readAllBytes(log());
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Stops the server: SIGTERM, a minute for Payara's shutdown, then SIGKILL. */
    @Override
    public void close() {
        current = null;
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitDeployer(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI probe = uri(DEPLOYER + "/");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(describe("exited with " + process.exitValue() + " at start"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                        BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        close();
        throw new IllegalStateException(describe("did not answer on " + probe + " within " + timeout));
    }

    private String describe(String problem) {
        List<String> lines = logFrom(0).lines().toList();
        return "Payara Micro " + problem + "; its log " + log() + " ends:\n"
                + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
