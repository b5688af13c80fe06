package dev.sessionjwt.container;

import java.time.Duration;
import java.util.Map;

/**
 * A map of strings that every node of a cluster sees, kept in the container's own replication engine (on Payara a
 * Hazelcast replicated map): a write on one node reaches the others asynchronously, within milliseconds, and a read
 * is local. The library keeps the ended-sessions feed of a {@code <distributable/>} application in one, so the feed
 * is the same on every node.
 *
 * @since 1.0
 */
public interface ClusterStrings {

    /**
     * Stores a value on every node.
     *
     * @param key       the key, not null
     * @param value     the value, not null
     * @param retention how long to keep it, at least a second; {@link Duration#ZERO} keeps it as long as the cluster
     *                  runs
     */
    void put(String key, String value, Duration retention);

    /**
     * @param key the key, not null
     * @return the value this node holds under it, or null
     */
    String get(String key);

    /**
     * Stores a value, kept as long as the cluster runs, unless this node already sees one under the key.
     *
     * @param key   the key, not null
     * @param value the value, not null
     * @return the value this node saw (which stays), or null when {@code value} was stored
     */
    String putIfAbsent(String key, String value);

    /** Removes every entry, on every node. */
    void clear();

    /** The number of entries this node holds now. */
    int size();

    /** A copy of what this node holds now. */
    Map<String, String> snapshot();
}
