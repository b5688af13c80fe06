package dev.sessionjwt.demo;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.ServerUnderTest;

/**
 * A server on 127.0.0.1 that the demo and the HTTP benchmark deploy to: embedded Payara or GlassFish in this JVM
 * ({@link LoopbackServer}), embedded Tomcat 10.1 or 11.0 ({@link TomcatServer}), or WildFly (37 or Preview 39), Open
 * Liberty or Payara Micro 7 as a child process ({@link WildFlyServer}, {@link LibertyServer},
 * {@link PayaraMicroLocalServer}), as {@link ServerUnderTest#current()} (system property {@code it.server}) says,
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
            default -> LoopbackServer.start(port);
        };
    }

    /** Ends this JVM when the process that started it (Maven) ends, so that Ctrl-C stops the server too. */
    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(0)));
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
