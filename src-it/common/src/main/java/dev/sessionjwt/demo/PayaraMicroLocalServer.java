package dev.sessionjwt.demo;

import java.io.IOException;
import java.util.Optional;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.micro.PayaraMicroConfiguration;
import dev.sessionjwt.it.micro.PayaraMicroServer;

/**
 * Payara Micro 7 (Jakarta EE 11) as a child process for the demo and the HTTP benchmark ({@code -Ddemo.server=payara7},
 * {@code -Dbench.server=payara7}), started as the payara7 integration tests start it ({@link PayaraMicroServer}): the
 * payara-micro.jar the build copied (system property {@code payara.micro.jar}) on this JVM's java, its working
 * directory {@code payara7.base} (emptied at start; the server's log is server.log there), the JVM options
 * {@code payara7.jvm.options}, HTTP on 127.0.0.1 at the given port, the disabled HTTPS listener on 127.0.0.1 at
 * {@code it.payara7.https.port} and Hazelcast on 127.0.0.1 at {@code it.payara7.hazelcast.port} with itself as the only
 * member; no JMX. Payara Micro has no admin listener and does not watch a directory once it runs, so each WAR goes in
 * through the same deployer application as in the tests (Payara Micro's own {@code PayaraMicroRuntime.deploy}), which
 * obeys only this process. The server stops with this JVM.
 *
 * <pre>
 * try (PayaraMicroLocalServer server = PayaraMicroLocalServer.start(8080)) {
 *     server.deploy(DemoArchive.create(), "demo");
 * }
 * </pre>
 */
public final class PayaraMicroLocalServer implements LocalServer {

    private final PayaraMicroServer server;
    private final int port;

    private PayaraMicroLocalServer(PayaraMicroServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts Payara Micro with its HTTP listener on {@code 127.0.0.1:port} and waits until it serves.
     *
     * @param port the HTTP port; it must be free
     * @throws IllegalStateException if it does not start (with the end of its log)
     */
    public static PayaraMicroLocalServer start(int port) throws IOException {
        LocalServer.requireFreePort(port);
        PayaraMicroConfiguration configuration = new PayaraMicroConfiguration();
        configuration.setPayaraMicroJar(required("payara.micro.jar"));
        configuration.setBaseDir(required("payara7.base"));
        configuration.setJavaVmArguments(required("payara7.jvm.options"));
        configuration.setHttpPort(port);
        configuration.setHttpsPort(Integer.parseInt(required("it.payara7.https.port")));
        configuration.setHazelcastPort(Integer.parseInt(required("it.payara7.hazelcast.port")));
        configuration.setJmxPort(0);
        return new PayaraMicroLocalServer(PayaraMicroServer.start(configuration), port);
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Optional<ProcessHandle> jvm() {
        return Optional.of(server.process());
    }

    /**
     * Deploys a WAR at {@code /name} and waits until Payara Micro has deployed it.
     *
     * @throws IllegalStateException if the deployment fails (with what the server logged meanwhile)
     */
    @Override
    public void deploy(WebArchive war, String name) {
        server.deploy(war, name);
    }

    /** Stops Payara Micro (SIGTERM, then SIGKILL after a minute). */
    @Override
    public void close() {
        server.close();
    }

    private static String required(String property) {
        return LocalServer.requiredProperty(property, "payara7");
    }
}
