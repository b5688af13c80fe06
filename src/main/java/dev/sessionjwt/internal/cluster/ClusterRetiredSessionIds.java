package dev.sessionjwt.internal.cluster;

import java.time.Duration;

import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.container.RetiredSessionIds;

/**
 * {@link RetiredSessionIds} kept in a {@link ClusterStrings} map of the container's engine: a retired id is a key,
 * kept for its retention; the check on each request is a local lookup.
 */
public final class ClusterRetiredSessionIds implements RetiredSessionIds {

    private final ClusterStrings ids;

    /** @param ids the application's map of retired ids, used for nothing else */
    public ClusterRetiredSessionIds(ClusterStrings ids) {
        this.ids = ids;
    }

    @Override
    public void retire(String sessionId, Duration retention) {
        ids.put(sessionId, "", retention.isZero() ? Duration.ofSeconds(1) : retention);
    }

    @Override
    public boolean isRetired(String sessionId) {
        return ids.get(sessionId) != null;
    }
}
