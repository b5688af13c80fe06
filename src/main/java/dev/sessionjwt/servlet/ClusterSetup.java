package dev.sessionjwt.servlet;

import java.util.List;

import dev.sessionjwt.config.ConfigProblem;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.message.Message;
import jakarta.servlet.ServletContext;

/**
 * Prepares a distributable web application: opens the cluster-wide record of retired session ids through the
 * container adapter (on Payara, in its Hazelcast instance), or reports a problem ({@code SJWT0011}) naming the key,
 * the JNDI name tried and what to do, so the deployment fails rather than run with sessions that only half work
 * across nodes.
 */
final class ClusterSetup {

    private ClusterSetup() {
    }

    /**
     * @param jndiName the configured name of the cluster store
     * @param context  the application
     * @param adapter  the server's adapter
     * @param problems where a problem is added
     * @return the record, or null after adding a problem
     */
    static RetiredSessionIds retiredSessionIds(String jndiName, ServletContext context, ContainerAdapter adapter,
                                               List<ConfigProblem> problems) {
        String path = context.getContextPath().isEmpty() ? "/" : context.getContextPath();
        try {
            return adapter.retiredSessionIds(jndiName);
        } catch (IllegalStateException e) {
            problems.add(new ConfigProblem(Message.NO_CLUSTER_STORE, SettingKeys.CLUSTER_HAZELCAST_JNDI,
                    ConfigProblem.shown(jndiName), path, e.getMessage()));
            return null;
        }
    }
}
