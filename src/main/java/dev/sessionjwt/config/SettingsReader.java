package dev.sessionjwt.config;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.claims.ClaimNames;
import dev.sessionjwt.claims.ClaimSettings;

/**
 * Reads {@link SessionJwtSettings} from MicroProfile Config and validates them, collecting every problem
 * before failing once.
 *
 * <pre>
 * SessionJwtSettings settings = SettingsReader.read(ConfigProvider.getConfig(classLoader), classLoader);
 * </pre>
 */
public final class SettingsReader {

    private static final Pattern CLAIM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");
    private static final long MAX_EXPIRES_SECONDS = 366L * 86_400;
    private static final int MAX_CLOCK_SKEW_SECONDS = 300;
    private static final int MIN_TOKEN_SIZE = 1024;
    private static final int MAX_TOKEN_SIZE = 65_536;
    private static final int MAX_CACHE_SIZE = 1_000_000;

    private final Config config;
    private final ClassLoader loader;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private SettingsReader(Config config, ClassLoader loader) {
        this.config = config;
        this.loader = loader;
    }

    /**
     * Reads and validates the settings; {@code classpath:} key locations are resolved with the thread's
     * context class loader.
     *
     * @param config the application's configuration, not null
     * @return the settings
     * @throws InvalidSettingsException listing every problem, if there is any
     */
    public static SessionJwtSettings read(Config config) {
        return read(config, Thread.currentThread().getContextClassLoader());
    }

    /**
     * Reads and validates the settings.
     *
     * @param config the application's configuration, not null
     * @param loader the application's class loader, for {@code classpath:} key locations, not null
     * @return the settings
     * @throws InvalidSettingsException listing every problem, if there is any
     */
    public static SessionJwtSettings read(Config config, ClassLoader loader) {
        return new SettingsReader(config, loader).readAll();
    }

    private SessionJwtSettings readAll() {
        SigningSettings signing = SigningSettingsReader.read(config, loader, problems);
        String sessionField = readSessionField();
        Optional<Duration> expires = readExpires();
        boolean saveEveryRequest = readBoolean(SettingKeys.SAVE_EVERY_REQUEST, SettingKeys.DEFAULT_SAVE_EVERY_REQUEST);
        int clockSkew = readInt(SettingKeys.CLOCK_SKEW, SettingKeys.DEFAULT_CLOCK_SKEW_SECONDS, 0,
                MAX_CLOCK_SKEW_SECONDS, "SJWT0006", "seconds");
        int maxTokenSize = readInt(SettingKeys.MAX_TOKEN_SIZE, SettingKeys.DEFAULT_MAX_TOKEN_SIZE, MIN_TOKEN_SIZE,
                MAX_TOKEN_SIZE, "SJWT0007", "bytes");
        ClaimSettings claims = new ClaimSettings(
                readBoolean(SettingKeys.IDENTITY_CLAIMS, SettingKeys.DEFAULT_IDENTITY_CLAIMS),
                FieldsReader.read(config, sessionField, problems),
                readBoolean(SettingKeys.ROTATE_ON_LOGIN, SettingKeys.DEFAULT_ROTATE_ON_LOGIN));
        readBoolean(SettingKeys.MECHANISM, SettingKeys.DEFAULT_MECHANISM);
        int cacheSize = readInt(SettingKeys.CACHE_SIZE, SettingKeys.DEFAULT_CACHE_SIZE, 0, MAX_CACHE_SIZE,
                "SJWT0060", "entries");
        String clusterStore = readClusterStore();
        Optional<Instant> plainIdsUntil = readInstant(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL);
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new SessionJwtSettings(signing, sessionField, expires, saveEveryRequest,
                Duration.ofSeconds(clockSkew), maxTokenSize, claims, cacheSize, clusterStore, plainIdsUntil);
    }

    private Optional<String> raw(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip);
    }

    private String readSessionField() {
        String field = raw(SettingKeys.SESSION_FIELD).orElse(SettingKeys.DEFAULT_SESSION_FIELD);
        if (!CLAIM_NAME.matcher(field).matches() || ClaimNames.RESERVED.contains(field)) {
            problems.add(new ConfigProblem("SJWT0003", SettingKeys.SESSION_FIELD, ConfigProblem.shown(field),
                    "a claim name of letters, digits, '_' or '-' (at most 64, not starting with a digit)"
                            + " that is none of the reserved names " + String.join(", ", ClaimNames.RESERVED.stream().sorted().toList())));
        }
        return field;
    }

    private String readClusterStore() {
        String name = raw(SettingKeys.CLUSTER_HAZELCAST_JNDI).orElse(SettingKeys.DEFAULT_CLUSTER_HAZELCAST_JNDI);
        if (name.isEmpty()) {
            problems.add(new ConfigProblem("SJWT0011", SettingKeys.CLUSTER_HAZELCAST_JNDI, ConfigProblem.shown(name),
                    "the JNDI name of the container's Hazelcast instance (default "
                            + SettingKeys.DEFAULT_CLUSTER_HAZELCAST_JNDI + ")"));
        }
        return name;
    }

    private Optional<Instant> readInstant(String key) {
        Optional<String> value = raw(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.get()).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem("SJWT0008", key, ConfigProblem.shown(value.get()), "an ISO-8601 instant"
                    + " with its offset, for example 2027-01-15T00:00:00Z (the end of the rollout window), or no"
                    + " value to accept no plain session id"));
            return Optional.empty();
        }
    }

    private Optional<Duration> readExpires() {
        Optional<String> value = raw(SettingKeys.EXPIRES);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long seconds = parseLong(value.get());
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            problems.add(new ConfigProblem("SJWT0004", SettingKeys.EXPIRES, ConfigProblem.shown(value.get()),
                    "a whole number of seconds from 1 to " + MAX_EXPIRES_SECONDS
                            + ", or no value to use the session timeout"));
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(seconds));
    }

    private boolean readBoolean(String key, boolean defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        if (value.get().equalsIgnoreCase("false")) {
            return false;
        }
        problems.add(new ConfigProblem("SJWT0005", key, ConfigProblem.shown(value.get()), "true or false"));
        return defaultValue;
    }

    private int readInt(String key, int defaultValue, int min, int max, String id, String unit) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        long parsed = parseLong(value.get());
        if (parsed < min || parsed > max) {
            problems.add(new ConfigProblem(id, key, ConfigProblem.shown(value.get()),
                    "a whole number of " + unit + " from " + min + " to " + max + " (default " + defaultValue + ")"));
            return defaultValue;
        }
        return (int) parsed;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
