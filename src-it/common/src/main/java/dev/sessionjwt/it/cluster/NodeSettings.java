package dev.sessionjwt.it.cluster;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What distinguishes one Payara Micro node of a test cluster.
 *
 * @param name          node and Hazelcast member name, also names its log and work files; not null
 * @param wars          the WARs to deploy, at least one; each file name without ".war" is its context root, the
 *                      first one is the node's default application; not null
 * @param httpPort      HTTP port on 127.0.0.1
 * @param hazelcastPort this member's Hazelcast port on 127.0.0.1
 * @param memberPorts   the Hazelcast ports of every member (this one included), all on 127.0.0.1; not null
 * @param systemProperties JVM system properties of the node ({@code -Dname=value}); not null, often empty
 */
public record NodeSettings(String name, List<Path> wars, int httpPort, int hazelcastPort,
                           List<Integer> memberPorts, Map<String, String> systemProperties) {

    /** Copies the lists; there must be a WAR. */
    public NodeSettings {
        wars = List.copyOf(wars);
        memberPorts = List.copyOf(memberPorts);
        systemProperties = Map.copyOf(systemProperties);
        if (wars.isEmpty()) {
            throw new IllegalArgumentException("a node needs a WAR");
        }
    }

    /** A node without system properties of its own. */
    public NodeSettings(String name, List<Path> wars, int httpPort, int hazelcastPort, List<Integer> memberPorts) {
        this(name, wars, httpPort, hazelcastPort, memberPorts, Map.of());
    }

    /** The context root the first WAR gets: its file name without ".war". */
    public String contextRoot() {
        return contextRoot(wars.get(0));
    }

    /** The context root a WAR gets: its file name without ".war". */
    public static String contextRoot(Path war) {
        return war.getFileName().toString().replaceFirst("\\.war$", "");
    }
}
