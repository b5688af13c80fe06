package dev.sessionjwt.it.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.demo.DemoCluster;
import dev.sessionjwt.it.LaunchedProcess;

/**
 * {@link DemoCluster#main} in a JVM of its own, started like {@code mvn -Pdemo-cluster} starts it (the same system
 * properties).
 */
final class DemoClusterProcess {

    private DemoClusterProcess() {
    }

    /** Starts the entry point on the test class path with the given ports. */
    static LaunchedProcess start(DemoCluster.Ports ports) {
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
        return LaunchedProcess.start("the cluster demo", command);
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
}
