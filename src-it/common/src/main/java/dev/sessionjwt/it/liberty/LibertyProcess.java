package dev.sessionjwt.it.liberty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the Liberty server that Arquillian started (a descendant of this test JVM) and its local JMX address. */
public final class LibertyProcess {

    private LibertyProcess() {
    }

    /**
     * @return the Liberty JVM started from {@code liberty.home}, a descendant of this JVM
     * @throws IllegalStateException when there is none (the server is not managed by this run)
     */
    public static ProcessHandle find() {
        String home = System.getProperty("liberty.home");
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(process -> isLiberty(process.info().commandLine(), home))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Expected one Liberty JVM started from " + home + " below this JVM, found "
                    + servers.size());
        }
        return servers.get(0);
    }

    /**
     * The address of the server's local JMX connector ({@code localConnector-1.0}), which it writes into its state
     * directory at start.
     *
     * @return a {@code service:jmx:} URL
     */
    public static String localJmxAddress() {
        Path file = Path.of(System.getProperty("liberty.home"), "usr", "servers", System.getProperty("liberty.server"),
                "logs", "state", "com.ibm.ws.jmx.local.address");
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).get(0).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLiberty(Optional<String> commandLine, String home) {
        return commandLine.filter(line -> line.contains("ws-server.jar") && line.contains(home)).isPresent();
    }
}
