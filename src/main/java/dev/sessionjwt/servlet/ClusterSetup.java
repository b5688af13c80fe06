package dev.sessionjwt.servlet;

import java.util.List;

import dev.sessionjwt.config.ConfigProblem;
import dev.sessionjwt.config.InvalidSettingsException;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import jakarta.servlet.ServletContext;

/**
 * Prepares a distributable web application: opens the cluster-wide record of retired session ids through the
 * container adapter (on Payara, in its Hazelcast instance), or fails the deployment ({@value #NO_CLUSTER_STORE}) naming the key, the
 * JNDI name tried and what to do, rather than run with sessions that only half work across nodes.
 */
final class ClusterSetup {

    /** Stable id of the failure to find the container's Hazelcast instance for a distributable application. */
    static final String NO_CLUSTER_STORE = "SJWT0011";

    private ClusterSetup() {
    }

    static RetiredSessionIds retiredSessionIds(SessionJwtSettings settings, ServletContext context,
                                               ContainerAdapter adapter) {
        String jndiName = settings.clusterStore();
        String path = context.getContextPath().isEmpty() ? "/" : context.getContextPath();
        try {
            return adapter.retiredSessionIds(jndiName);
        } catch (IllegalStateException e) {
            throw new InvalidSettingsException(List.of(new ConfigProblem(NO_CLUSTER_STORE,
                    SettingKeys.CLUSTER_HAZELCAST_JNDI, ConfigProblem.shown(jndiName), "the name of the server's"
                    + " cluster store (on Payara the JNDI name of its Hazelcast instance), because " + path
                    + " is <distributable/> and its replaced or invalidated session ids must be refused on every"
                    + " node; " + e.getMessage() + ", or remove <distributable/> from WEB-INF/web.xml")));
        }
    }
}
