package dev.sessionjwt.it.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.sessionjwt.demo.DemoCluster;

/**
 * {@link DemoCluster#main} in a JVM of its own, started like {@code mvn -Pdemo-cluster} starts it (the same system
 * properties), with its output collected. {@link #close()} kills whatever is left.
 */
final class DemoClusterProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private DemoClusterProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::collect, "demo-cluster-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the entry point on the test class path with the given ports. */
    static DemoClusterProcess start(DemoCluster.Ports ports) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Ddemo.cluster.port.a=" + ports.httpA(), "-Ddemo.cluster.port.b=" + ports.httpB(),
                "-Ddemo.cluster.hazelcast.port.a=" + ports.hazelcastA(),
                "-Ddemo.cluster.hazelcast.port.b=" + ports.hazelcastB()));
        for (String property : List.of("payara.micro.jar", "sessionjwt.jar", "jose4j.jar", "sessionjwt.libs")) {
            command.add("-D" + property + "=" + System.getProperty(property, ""));
        }
        command.addAll(List.of("-cp", classPath, DemoCluster.class.getName()));
        try {
            return new DemoClusterProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line containing {@code text} and returns it; fails with the output so far after the timeout. */
    String awaitLine(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output.toString().split("\n")) {
                if (line.contains(text)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                throw new AssertionError("The cluster demo exited with " + process.exitValue() + ":\n" + output);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No '" + text + "' within " + timeout + "; the cluster demo printed:\n" + output);
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The cluster demo did not exit within " + timeout + ":\n" + output);
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** Sends SIGTERM, which runs the same shutdown hook as Ctrl-C, and waits for the process to end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new AssertionError("The cluster demo did not stop within 2 minutes of SIGTERM:\n" + output);
        }
    }

    /**
     * The live Payara Micro nodes of the cluster demo in this test's network namespace, whoever their parent is now.
     * Process ids are shared with the rest of the machine, so a cluster demo of another build running at the same
     * time (in its own namespace) is visible too: it is told apart by its network namespace.
     */
    static List<ProcessHandle> nodes() {
        String namespace = networkNamespace("self");
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("--name demo-node-"))
                .filter(process -> namespace.equals(networkNamespace(String.valueOf(process.pid())))).toList();
    }

    /** The network namespace of a process ({@code net:[inode]}), or "" when it is gone or unreadable. */
    private static String networkNamespace(String pid) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", pid, "ns", "net")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "";
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
}
