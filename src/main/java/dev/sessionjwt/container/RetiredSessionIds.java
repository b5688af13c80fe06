package dev.sessionjwt.container;

import java.time.Duration;

/**
 * Session ids that must no longer reach a session on any node of a cluster: ids replaced by
 * {@code changeSessionId()} and ids of invalidated sessions. A replicating container can keep a stale local
 * copy of such a session on another node and resolve it by its old id; a token naming a retired id is
 * therefore refused before the container is asked.
 *
 * @since 1.0
 */
public interface RetiredSessionIds {

    /**
     * Records an id as retired on every node.
     *
     * @param sessionId the id, not null
     * @param retention how long to remember it: as long as a token naming it can still verify
     */
    void retire(String sessionId, Duration retention);

    /**
     * @param sessionId the id from a verified token, not null
     * @return whether the id was retired on any node
     */
    boolean isRetired(String sessionId);
}
