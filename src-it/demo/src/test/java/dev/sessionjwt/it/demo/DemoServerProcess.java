package dev.sessionjwt.it.demo;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.demo.DemoServer;
import dev.sessionjwt.it.LaunchedProcess;
import dev.sessionjwt.it.ServerUnderTest;

/**
 * {@link DemoServer#main} in a JVM of its own, started as {@code mvn -Pdemo -Ddemo.server=<server>} starts it: the
 * JVM of this test's {@code java.home} (Maven's, or for an EE 11 server the toolchain's JDK 21+, as for the profile
 * demo's {@code launch.java}), the arguments of the POM property {@code demo.jvm.args} (system property of the
 * same name), the server of this failsafe execution ({@code it.server}, {@code it.server.libs}, and for WildFly and Liberty
 * {@code demo.server.options}: where the server is and how it binds) and the class path the demo profile builds for
 * that server ({@code demo.class.path}).
 */
final class DemoServerProcess {

    private DemoServerProcess() {
    }

    /** Starts the demo on the server of this JVM's {@code it.server}, its HTTP listener on 127.0.0.1:port. */
    static LaunchedProcess start(int port) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(LaunchedProcess.arguments(required("demo.jvm.args")));
        command.add("-Ddemo.port=" + port);
        command.add("-D" + ServerUnderTest.PROPERTY + "=" + ServerUnderTest.current().id());
        command.add("-D" + ServerUnderTest.LIBS + "=" + System.getProperty(ServerUnderTest.LIBS, ""));
        command.addAll(LaunchedProcess.arguments(System.getProperty("demo.server.options", "")));
        command.addAll(List.of("-classpath", required("demo.class.path"), DemoServer.class.getName()));
        return LaunchedProcess.start("the demo", command);
    }

    /** A port on 127.0.0.1 that nothing listens on now. */
    static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** A system property failsafe sets from the POM; fails when it is missing or was not resolved by Maven. */
    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set (" + value
                    + "): run through the failsafe executions of pom.xml, which set it");
        }
        return value;
    }
}
