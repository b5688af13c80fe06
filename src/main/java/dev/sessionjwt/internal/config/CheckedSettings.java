package dev.sessionjwt.internal.config;

import java.util.List;
import java.util.Objects;

import dev.sessionjwt.internal.claims.ClaimField;

/**
 * The outcome of reading the settings once: the settings when every value is valid, every problem otherwise, and
 * the few values the other checks of a deployment need even when some setting is wrong (so that their problems are
 * reported in the same error).
 *
 * @param settings     the settings, or null when there is a problem
 * @param problems     every problem, in the order found; empty when the settings are valid
 * @param sessionField the configured session field, as written (checked against claim producers)
 * @param fields       the valid entries of {@code session-jwt.fields}
 * @param mechanism    {@code session-jwt.mechanism}, its default when the value is invalid
 * @param clusterStore {@code session-jwt.cluster.hazelcast-jndi}, its default when absent
 */
public record CheckedSettings(SessionJwtSettings settings, List<ConfigProblem> problems, String sessionField,
                              List<ClaimField> fields, boolean mechanism, String clusterStore) {

    /** Copies the lists; checks that the settings are there exactly when there is no problem. */
    public CheckedSettings {
        problems = List.copyOf(problems);
        fields = List.copyOf(fields);
        Objects.requireNonNull(sessionField, "sessionField");
        Objects.requireNonNull(clusterStore, "clusterStore");
        if ((settings == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("settings must be given exactly when there is no problem");
        }
    }

    /** Whether every setting is valid. */
    public boolean valid() {
        return settings != null;
    }

    /**
     * The settings.
     *
     * @return the settings, never null
     * @throws InvalidSettingsException listing every problem, if there is any
     */
    public SessionJwtSettings orThrow() {
        if (settings == null) {
            throw new InvalidSettingsException(problems);
        }
        return settings;
    }
}
