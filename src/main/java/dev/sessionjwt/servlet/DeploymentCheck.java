package dev.sessionjwt.servlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.internal.config.CheckedSettings;
import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.config.DeploymentSettings;
import dev.sessionjwt.internal.config.InvalidSettingsException;
import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.container.ContainerAdapters;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.container.WebXmlDocument;
import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.ServletContext;

/**
 * Everything the initializer checks before it installs anything, reported in one error: the settings (read once,
 * {@link DeploymentSettings}), the claim producers' problems the CDI extension handed over, the server's container
 * adapter, the cluster store of a distributable application, the cookie-name prefix and the JWK set path.
 */
final class DeploymentCheck {

    private DeploymentCheck() {
    }

    /**
     * What the checks found for a deployment that may start.
     *
     * @param settings   the valid settings
     * @param adapter    the server's adapter
     * @param retired    the cluster-wide record of retired ids for a distributable application, else null
     * @param endedStore the cluster-wide store of the ended-sessions feed of a distributable application that
     *                   publishes one, else null
     */
    record Passed(SessionJwtSettings settings, ContainerAdapter adapter, RetiredSessionIds retired,
                  ClusterStrings endedStore) {
    }

    /**
     * @param context    the application, during its start
     * @param deployment its settings, read once
     * @return what the installation needs
     * @throws InvalidSettingsException naming every problem found, if there is any
     */
    static Passed run(ServletContext context, DeploymentSettings deployment) {
        CheckedSettings checked = deployment.settings();
        List<ConfigProblem> problems = new ArrayList<>(checked.problems());
        List<String> failures = new ArrayList<>();
        ContainerAdapter adapter = null;
        try {
            adapter = ContainerAdapters.forContext(context);
        } catch (RuntimeException e) {
            failures.add(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        RetiredSessionIds retired = null;
        if (adapter != null && !checked.clusterStore().isEmpty() && WebXmlDocument.isDistributable(context)) {
            retired = ClusterSetup.retiredSessionIds(checked.clusterStore(), context, adapter, problems);
        }
        ClusterStrings endedStore = null;
        if (retired != null && checked.valid() && checked.settings().signing().endedSessions().path().isPresent()) {
            endedStore = ClusterSetup.endedSessions(checked.clusterStore(), context, adapter, problems);
        }
        problems.addAll(CookiePrefixRules.problems(CookieAttributes.of(context.getSessionCookieConfig(),
                context.getContextPath(), adapter == null ? Map.of() : adapter.declaredCookieAttributes())));
        if (checked.valid()) {
            checked.settings().signing().jwksPath().filter(path -> mapped(context, path))
                    .ifPresent(path -> problems.add(pathTaken(SettingKeys.JWKS_PATH, path)));
            checked.settings().signing().discoveryPath().filter(path -> mapped(context, path))
                    .ifPresent(path -> problems.add(pathTaken(SettingKeys.DISCOVERY_PATH, path)));
        }
        problems.addAll(deployment.initialize());
        if (!problems.isEmpty() || !failures.isEmpty()) {
            throw new InvalidSettingsException(problems, failures);
        }
        return new Passed(checked.settings(), adapter, retired, endedStore);
    }

    /**
     * The problem of an endpoint path the application maps itself.
     *
     * @param key  {@link SettingKeys#JWKS_PATH} or {@link SettingKeys#DISCOVERY_PATH}
     * @param path the path configured under that key
     */
    static ConfigProblem pathTaken(String key, String path) {
        return new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(path), "a path the application does not"
                + " map itself (this one is taken), or an empty value to switch the endpoint off");
    }

    private static boolean mapped(ServletContext context, String path) {
        return context.getServletRegistrations().values().stream().anyMatch(r -> r.getMappings().contains(path));
    }
}
