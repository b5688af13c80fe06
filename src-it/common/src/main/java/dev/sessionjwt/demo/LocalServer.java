package dev.sessionjwt.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.ServerUnderTest;

/**
 * A server on 127.0.0.1 that the demo and the HTTP benchmark deploy to: embedded Payara or GlassFish in this JVM
 * ({@link LoopbackServer}), embedded Tomcat 10.1 or 11.0 ({@link TomcatServer}), WildFly (37 or Preview 39), Open
 * Liberty (25 or 26) or Payara Micro 7 as a child process ({@link WildFlyServer}, {@link LibertyServer},
 * {@link PayaraMicroLocalServer}), or a GlassFish 8 domain ({@link GlassFishDomainServer}), as
 * {@link ServerUnderTest#current()} (system property {@code it.server}) says,
 * through its {@link ServerUnderTest#kind() kind}.
 *
 * <pre>
 * try (LocalServer server = LocalServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public interface LocalServer extends AutoCloseable {

    /**
     * System property: the maximum heap of a server that runs in a JVM of its own (for example {@code 4g}, as
     * {@code -Xmx} takes it); the server's own default when absent.
     */
    String HEAP = "local.server.heap";

    /**
     * System property: more options of a server that runs in a JVM of its own, appended to its JVM's command line (for
     * example a JFR recording); none when absent.
     */
    String JVM_OPTIONS = "local.server.jvm.options";

    /**
     * Starts the server of this JVM's {@code it.server} with its HTTP listener on {@code 127.0.0.1:port}.
     *
     * @param port the HTTP port; it must be free
     */
    static LocalServer start(int port) throws Exception {
        return switch (ServerUnderTest.current().kind()) {
            case WILDFLY -> WildFlyServer.start(port);
            case LIBERTY -> LibertyServer.start(port);
            case TOMCAT -> TomcatServer.start(port);
            case PAYARA7 -> PayaraMicroLocalServer.start(port);
            case GLASSFISH8 -> GlassFishDomainServer.start(port);
            default -> LoopbackServer.start(port);
        };
    }

    /**
     * Fails fast, before a slow start, when the port on 127.0.0.1 is taken (a server would only log the bind failure).
     *
     * @throws IOException naming the port
     */
    static void requireFreePort(int port) throws IOException {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            throw new IOException("Port " + port + " on 127.0.0.1 is in use; choose another", e);
        }
    }

    /**
     * A system property that the demo's or the benchmark's profile for this server sets.
     *
     * @param server the {@code demo.server} / {@code bench.server} name(s), for the message
     * @throws IllegalStateException naming the property and the commands that set it, when it is unset or was left
     *                               unresolved by Maven ({@code ${...}})
     */
    static String requiredProperty(String property, String server) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set; run through mvn -Pdemo"
                    + " -Ddemo.server=" + server + " or mvn -Pbench-http -Dbench.server=" + server);
        }
        return value;
    }

    /** Ends this JVM when the process that started it (Maven) ends, so that Ctrl-C stops the server too. */
    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
    }

    /**
     * The JVM the server runs in when it is not this one (WildFly, Open Liberty, Payara Micro 7, GlassFish 8), for a
     * diagnostic command such as a class histogram; empty when the server runs in this JVM.
     */
    default Optional<ProcessHandle> jvm() {
        return Optional.empty();
    }

    /** The Java process among a launcher script's process and its descendants. */
    static Optional<ProcessHandle> javaAmong(Process launcher) {
        return Stream.concat(Stream.of(launcher.toHandle()), launcher.descendants())
                .filter(handle -> handle.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst();
    }

    /** The HTTP port on 127.0.0.1. */
    int port();

    /**
     * Deploys a WAR at {@code /name}.
     *
     * @throws IllegalStateException if the deployment fails (the server's log says why)
     */
    void deploy(WebArchive war, String name) throws Exception;
}
