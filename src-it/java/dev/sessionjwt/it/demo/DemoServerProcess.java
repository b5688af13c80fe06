package dev.sessionjwt.it.demo;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.sessionjwt.demo.DemoServer;
import dev.sessionjwt.it.ServerUnderTest;

/**
 * {@link DemoServer#main} in a JVM of its own, started as {@code mvn -Pdemo -Ddemo.server=<server>} starts it: the
 * JVM of Maven's {@code java.home}, the arguments of the POM property {@code demo.jvm.args} (system property of the
 * same name), the server of this failsafe execution ({@code it.server}, {@code it.server.libs}, and for WildFly and Liberty
 * {@code demo.server.options}: where the server is and how it binds) and the class path the demo profile builds for
 * that server ({@code demo.class.path}), with its output collected. {@link #close()} kills
 * whatever is left.
 */
final class DemoServerProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private DemoServerProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "demo-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the demo on the server of this JVM's {@code it.server}, its HTTP listener on 127.0.0.1:port. */
    static DemoServerProcess start(int port) {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(arguments(required("demo.jvm.args")));
        command.add("-Ddemo.port=" + port);
        command.add("-D" + ServerUnderTest.PROPERTY + "=" + ServerUnderTest.current().id());
        command.add("-D" + ServerUnderTest.LIBS + "=" + System.getProperty(ServerUnderTest.LIBS, ""));
        command.addAll(arguments(System.getProperty("demo.server.options", "")));
        command.addAll(List.of("-classpath", required("demo.class.path"), DemoServer.class.getName()));
        try {
            return new DemoServerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line starting with {@code text} and returns it; fails with the output so far if there is none. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output.toString().split("\n")) {
                if (line.startsWith(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                reader.join(5_000);
                throw new AssertionError("The demo exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No '" + text + "' within " + timeout + "; the demo printed:\n" + output);
    }

    /**
     * Sends SIGTERM, which runs the same shutdown hook as Ctrl-C, and waits for the process and its children (a
     * server it started) to end.
     */
    void stop(Duration timeout) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The demo did not stop within " + timeout + " of SIGTERM:\n" + output);
        }
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((ended, e) -> ended).join();
            if (child.isAlive()) {
                throw new AssertionError("The demo's child process " + child.pid() + " outlived it");
            }
        }
    }

    /** Everything the demo printed so far. */
    String output() {
        return output.toString();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void collect() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
    }

    /** A system property failsafe sets from the POM; fails when it is missing or was not resolved by Maven. */
    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set (" + value
                    + "): run through the failsafe executions of pom.xml, which set it");
        }
        return value;
    }

    /** Splits a command line as exec-maven-plugin's commandlineArgs does: at spaces, outside double quotes. */
    static List<String> arguments(String line) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    arguments.add(current.toString());
                    current.setLength(0);
                    any = false;
                }
            } else {
                current.append(c);
                any = true;
            }
        }
        if (any) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
