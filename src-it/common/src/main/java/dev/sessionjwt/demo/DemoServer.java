package dev.sessionjwt.demo;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the demo on embedded Payara, GlassFish or Tomcat (10.1 or 11.0), or on WildFly (37 or Preview 39), Open Liberty
 * or Payara Micro 7 (child processes), as {@code -Ddemo.server} says, at http://127.0.0.1:{demo.port}/demo/, with the
 * federated reader at /reader/, until Ctrl-C ({@code mvn -Pdemo}).
 */
public final class DemoServer {

    /** What the demo prints, followed by the demo's URL, once both applications answer. */
    public static final String READY = "Demo ready at ";

    private DemoServer() {
    }

    /** Runs the demo; on any failure prints it and exits 1 (the server's threads would keep the JVM alive). */
    public static void main(String[] args) {
        try {
            run(Integer.getInteger("demo.port", 8080));
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** Boots the loopback-only server, deploys the demo at /demo and its reader at /reader, and waits. */
    private static void run(int port) throws Exception {
        LocalServer server = LocalServer.start(port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped), "demo-shutdown"));
        LocalServer.exitWithParent();

        server.deploy(DemoArchive.create(), "demo");
        server.deploy(DemoArchive.reader(), "reader");

        System.out.println(READY + "http://127.0.0.1:" + port + "/demo/");
        System.out.println("Its federated reader (no session, the demo's public keys only) at http://127.0.0.1:" + port
                + "/reader/");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    private static void stop(AutoCloseable server, CountDownLatch stopped) {
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("Demo shutdown: " + e);
        } finally {
            stopped.countDown();
        }
    }
}
