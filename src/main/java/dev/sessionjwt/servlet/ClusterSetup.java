package dev.sessionjwt.servlet;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.message.ServerAdvice;
import jakarta.servlet.ServletContext;

/**
 * Prepares a distributable web application: opens the cluster-wide record of retired session ids and the store of its
 * ended-sessions feed through the container adapter (on Payara, in its Hazelcast instance), or reports a problem ({@code SJWT0011}), so the
 * deployment fails rather than run with sessions that only half work across nodes: on a server that may have a
 * cluster store (Payara, or one the library does not know) it names the key and the JNDI name tried; on one that
 * cannot replicate sessions with the library (GlassFish, WildFly, Liberty, Tomcat) it names the server and what to do
 * there ({@link ServerAdvice#noClusterStore()}).
 */
final class ClusterSetup {

    /** What the problem names where the server cannot replicate sessions with the library. */
    static final String SERVER = "the server of a <distributable/> application";
    /** What is expected instead of such a server. */
    static final String REPLICATING_SERVER = "a server whose replicated sessions session-jwt supports (Payara Server"
            + " or Payara Micro)";
    /** What is expected of the cluster store's name where the server may have one. */
    static final String STORE_NAME = "the name of the server's cluster store (on Payara the JNDI name of its Hazelcast"
            + " instance)";

    /** The name of the application's cluster-wide map behind its ended-sessions feed. */
    static final String ENDED_SESSIONS_STORE = "ended-sessions";

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
        return open(() -> adapter.retiredSessionIds(jndiName), jndiName, context, problems);
    }

    /**
     * @param jndiName the configured name of the cluster store
     * @param context  the application
     * @param adapter  the server's adapter
     * @param problems where a problem is added
     * @return the cluster-wide store of the ended-sessions feed, or null after adding a problem
     */
    static ClusterStrings endedSessions(String jndiName, ServletContext context, ContainerAdapter adapter,
                                        List<ConfigProblem> problems) {
        return open(() -> adapter.clusterStrings(jndiName, ENDED_SESSIONS_STORE), jndiName, context, problems);
    }

    private static <T> T open(Supplier<T> store, String jndiName, ServletContext context,
                              List<ConfigProblem> problems) {
        String path = context.getContextPath().isEmpty() ? "/" : context.getContextPath();
        try {
            return store.get();
        } catch (IllegalStateException e) {
            String serverInfo = String.valueOf(context.getServerInfo());
            Optional<String> unsupported = ServerAdvice.ofServerInfo(serverInfo).noClusterStore();
            problems.add(unsupported.isPresent()
                    ? new ConfigProblem(Message.NO_CLUSTER_STORE, SERVER, ConfigProblem.shown(serverInfo),
                            REPLICATING_SERVER, path, unsupported.get())
                    : new ConfigProblem(Message.NO_CLUSTER_STORE, SettingKeys.CLUSTER_HAZELCAST_JNDI,
                            ConfigProblem.shown(jndiName), STORE_NAME, path, e.getMessage()
                                    + ", or remove <distributable/> from WEB-INF/web.xml"));
            return null;
        }
    }
}
