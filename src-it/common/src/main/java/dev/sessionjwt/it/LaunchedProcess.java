package dev.sessionjwt.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A launcher (the demo, the cluster demo) run in a JVM of its own as a user runs it, its output collected line by
 * line: wait for a line, wait for its exit, stop it as Ctrl-C does. {@link #close()} kills whatever is left.
 *
 * <pre>
 * try (LaunchedProcess demo = LaunchedProcess.start("the demo", command)) {
 *     demo.awaitLine(line -&gt; line.startsWith("Demo ready"), "Demo ready", Duration.ofMinutes(3));
 * }
 * </pre>
 */
public final class LaunchedProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private LaunchedProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(this::collect, name + " output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a command, standard error merged into its output.
     *
     * @param name    what it is, for messages ("the demo")
     * @param command the program and its arguments
     */
    public static LaunchedProcess start(String name, List<String> command) {
        try {
            return new LaunchedProcess(name, new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits for a line that matches and returns it; fails with the output so far when the process ends first or the
     * time runs out.
     */
    public String awaitLine(Predicate<String> match, String what, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output.toString().split("\n")) {
                if (match.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                reader.join(5_000);
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No '" + what + "' within " + timeout + "; " + name + " printed:\n" + output);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not exit within " + timeout + ":\n" + output);
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /**
     * Sends SIGTERM, which runs the same shutdown hook as Ctrl-C, and waits for the process and the children it had
     * (a server it started) to end.
     */
    public void stop(Duration timeout) throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not stop within " + timeout + " of SIGTERM:\n" + output);
        }
        for (ProcessHandle child : children) {
            child.onExit().orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).handle((ended, e) -> ended).join();
            if (child.isAlive()) {
                throw new AssertionError(name + "'s child process " + child.pid() + " outlived it");
            }
        }
    }

    /** Everything the process printed so far. */
    public String output() {
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

    /** Splits a command line as exec-maven-plugin's commandlineArgs does: at spaces, outside double quotes. */
    public static List<String> arguments(String line) {
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
