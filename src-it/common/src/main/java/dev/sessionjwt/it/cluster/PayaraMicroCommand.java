package dev.sessionjwt.it.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The command line of a Payara Micro 6 node that touches 127.0.0.1 only: HTTP listener, Hazelcast member and
 * TCP/IP discovery on loopback, no multicast, no phone home. Hazelcast stays on: it replicates the sessions.
 */
public final class PayaraMicroCommand {

    /** Heap of each node: Payara Micro with one small WAR runs in about 300 MiB resident. */
    static final String HEAP = "-Xmx512m";

    /**
     * asadmin commands run before boot (--prebootcommandfile). Payara Micro's --port sets only the port; without
     * an address the HTTP listener binds to every interface. The HTTPS listener is disabled, bound here anyway.
     */
    static final String PRE_BOOT_COMMANDS = """
            set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
            set configs.config.server-config.network-config.network-listeners.network-listener.https-listener.address=127.0.0.1
            """;

    private PayaraMicroCommand() {
    }

    /**
     * The full command.
     *
     * @param node         the node; not null
     * @param java         the java launcher; not null
     * @param payaraMicro  payara-micro.jar; not null
     * @param rootDir      an existing empty directory for the node's runtime files; not null
     * @param preBootFile  a file holding {@link #PRE_BOOT_COMMANDS}; not null
     */
    public static List<String> of(NodeSettings node, Path java, Path payaraMicro, Path rootDir, Path preBootFile) {
        String members = node.memberPorts().stream().map(port -> "127.0.0.1:" + port)
                .collect(Collectors.joining(","));
        List<String> command = new ArrayList<>(List.of(java.toString(), HEAP,
                // --interfaces only picks Hazelcast's address: without this it still listens on 0.0.0.0
                "-Dhazelcast.socket.bind.any=false"));
        node.systemProperties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(List.of("-jar", payaraMicro.toString(),
                "--name", node.name(),
                "--rootdir", rootDir.toString()));
        for (Path war : node.wars()) {
            command.add("--deploy");
            command.add(war.toAbsolutePath().toString());
        }
        command.addAll(List.of("--port", Integer.toString(node.httpPort()),
                "--prebootcommandfile", preBootFile.toString(),
                // Hazelcast's port is --startport (there is no --hzport); list every member's port, since a
                // range (127.0.0.1:6901-6902) fails to parse together with --interfaces
                "--startport", Integer.toString(node.hazelcastPort()),
                "--clustermode", "tcpip:" + members,
                "--interfaces", "127.0.0.1",
                "--clustername", "session-jwt-it",
                "--disablephonehome"));
        return List.copyOf(command);
    }
}
