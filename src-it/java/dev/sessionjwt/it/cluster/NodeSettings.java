package dev.sessionjwt.it.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * What distinguishes one Payara Micro node of a test cluster.
 *
 * @param name          node and Hazelcast member name, also names its log and work files; not null
 * @param war           the WAR to deploy; its file name without ".war" is the context root; not null
 * @param httpPort      HTTP port on 127.0.0.1
 * @param hazelcastPort this member's Hazelcast port on 127.0.0.1
 * @param memberPorts   the Hazelcast ports of every member (this one included), all on 127.0.0.1; not null
 */
public record NodeSettings(String name, Path war, int httpPort, int hazelcastPort, List<Integer> memberPorts) {

    /** Copies the member list. */
    public NodeSettings {
        memberPorts = List.copyOf(memberPorts);
    }

    /** The context root the WAR gets: its file name without ".war". */
    public String contextRoot() {
        return war.getFileName().toString().replaceFirst("\\.war$", "");
    }
}
