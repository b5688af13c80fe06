package dev.sessionjwt.internal.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.claims.ClaimSettings;
import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.config.SettingKeys;

/**
 * Reads {@link SessionJwtSettings} from MicroProfile Config and validates them, collecting every problem
 * before failing once. A deployment reads them once, through {@link DeploymentSettings}.
 *
 * <pre>
 * CheckedSettings checked = SettingsReader.check(ConfigProvider.getConfig(classLoader), classLoader);
 * SessionJwtSettings settings = SettingsReader.read(ConfigProvider.getConfig(classLoader), classLoader);
 * </pre>
 */
public final class SettingsReader {

    /** Bounds of {@link SettingKeys#EXPIRES}: one second to 366 days. */
    static final long MIN_EXPIRES_SECONDS = 1;
    static final long MAX_EXPIRES_SECONDS = 366L * 86_400;
    /** Bounds of {@link SettingKeys#CLOCK_SKEW}. */
    static final int MIN_CLOCK_SKEW_SECONDS = 0;
    static final int MAX_CLOCK_SKEW_SECONDS = 300;
    /** Bounds of {@link SettingKeys#MAX_TOKEN_SIZE}. */
    static final int MIN_TOKEN_SIZE = 1024;
    static final int MAX_TOKEN_SIZE = 65_536;
    /** Bounds of {@link SettingKeys#CACHE_SIZE}; {@code 0} switches the cache off. */
    static final int MIN_CACHE_SIZE = 0;
    static final int MAX_CACHE_SIZE = 1_000_000;

    private final Config config;
    private final ClassLoader loader;
    private final Clock clock;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private SettingsReader(Config config, ClassLoader loader, Clock clock) {
        this.config = config;
        this.loader = loader;
        this.clock = clock;
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
        return check(config, loader).orThrow();
    }

    /**
     * Reads and validates the settings, returning every problem instead of throwing.
     *
     * @param config the application's configuration, not null
     * @param loader the application's class loader, for {@code classpath:} key locations, not null
     * @return the settings or the problems, with the values other checks need in either case
     */
    public static CheckedSettings check(Config config, ClassLoader loader) {
        return check(config, loader, Clock.systemUTC());
    }

    /**
     * Reads and validates the settings as a deployment at the clock's instant does (the rollout window is bounded
     * from it).
     */
    static CheckedSettings check(Config config, ClassLoader loader, Clock clock) {
        return new SettingsReader(config, loader, clock).readAll();
    }

    private CheckedSettings readAll() {
        SigningSettings signing = SigningSettingsReader.read(config, loader, problems);
        String sessionField = readSessionField();
        Optional<Duration> expires = readExpires();
        boolean saveEveryRequest = readBoolean(SettingKeys.SAVE_EVERY_REQUEST, SettingKeys.DEFAULT_SAVE_EVERY_REQUEST);
        int clockSkew = readInt(SettingKeys.CLOCK_SKEW, SettingKeys.DEFAULT_CLOCK_SKEW_SECONDS, MIN_CLOCK_SKEW_SECONDS,
                MAX_CLOCK_SKEW_SECONDS, Message.BAD_CLOCK_SKEW);
        int maxTokenSize = readInt(SettingKeys.MAX_TOKEN_SIZE, SettingKeys.DEFAULT_MAX_TOKEN_SIZE, MIN_TOKEN_SIZE,
                MAX_TOKEN_SIZE, Message.BAD_MAX_TOKEN_SIZE);
        boolean identityClaims = readBoolean(SettingKeys.IDENTITY_CLAIMS, SettingKeys.DEFAULT_IDENTITY_CLAIMS);
        List<ClaimField> fields = FieldsReader.read(config, sessionField, problems);
        ClaimSettings claims = new ClaimSettings(identityClaims, fields,
                readBoolean(SettingKeys.ROTATE_ON_LOGIN, SettingKeys.DEFAULT_ROTATE_ON_LOGIN));
        boolean mechanism = readBoolean(SettingKeys.MECHANISM, SettingKeys.DEFAULT_MECHANISM);
        int cacheSize = readInt(SettingKeys.CACHE_SIZE, SettingKeys.DEFAULT_CACHE_SIZE, MIN_CACHE_SIZE, MAX_CACHE_SIZE,
                Message.BAD_CACHE_SIZE);
        String clusterStore = readClusterStore();
        Optional<Instant> plainIdsUntil = readWindowEnd();
        SessionJwtSettings settings = problems.isEmpty() ? new SessionJwtSettings(signing, sessionField, expires,
                saveEveryRequest, Duration.ofSeconds(clockSkew), maxTokenSize, claims, cacheSize, clusterStore,
                plainIdsUntil) : null;
        return new CheckedSettings(settings, problems, sessionField, fields, mechanism, clusterStore);
    }

    private Optional<String> raw(String key) {
        return config.getOptionalValue(key, String.class).map(String::strip);
    }

    private String readSessionField() {
        String field = raw(SettingKeys.SESSION_FIELD).orElse(SettingKeys.DEFAULT_SESSION_FIELD);
        if (!ClaimNames.isWellFormed(field) || ClaimNames.RESERVED.contains(field)) {
            problems.add(new ConfigProblem(Message.BAD_SESSION_FIELD, SettingKeys.SESSION_FIELD,
                    ConfigProblem.shown(field), String.join(", ", ClaimNames.RESERVED.stream().sorted().toList())));
        }
        return field;
    }

    private String readClusterStore() {
        String name = raw(SettingKeys.CLUSTER_HAZELCAST_JNDI).orElse(SettingKeys.DEFAULT_CLUSTER_HAZELCAST_JNDI);
        if (name.isEmpty()) {
            problems.add(new ConfigProblem(Message.EMPTY_CLUSTER_STORE_NAME, SettingKeys.CLUSTER_HAZELCAST_JNDI,
                    ConfigProblem.shown(name), SettingKeys.DEFAULT_CLUSTER_HAZELCAST_JNDI));
        }
        return name;
    }

    /** The end of the rollout window: an instant at most {@link SettingKeys#MAX_PLAIN_SESSION_ID_WINDOW} ahead. */
    private Optional<Instant> readWindowEnd() {
        Optional<Instant> until = readInstant(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant latest = now.plus(SettingKeys.MAX_PLAIN_SESSION_ID_WINDOW);
        if (until.isPresent() && until.get().isAfter(latest)) {
            problems.add(new ConfigProblem(Message.PLAIN_ID_WINDOW_TOO_LONG, SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL,
                    ConfigProblem.shown(raw(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL).orElse("")),
                    SettingKeys.MAX_PLAIN_SESSION_ID_WINDOW.toDays(), now.toString(), latest.toString()));
            return Optional.empty();
        }
        return until;
    }

    private Optional<Instant> readInstant(String key) {
        Optional<String> value = raw(key);
        if (value.isEmpty() || value.get().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.get()).toInstant());
        } catch (DateTimeParseException e) {
            problems.add(new ConfigProblem(Message.BAD_INSTANT, key, ConfigProblem.shown(value.get())));
            return Optional.empty();
        }
    }

    private Optional<Duration> readExpires() {
        Optional<String> value = raw(SettingKeys.EXPIRES);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long seconds = parseLong(value.get());
        if (seconds < MIN_EXPIRES_SECONDS || seconds > MAX_EXPIRES_SECONDS) {
            problems.add(new ConfigProblem(Message.BAD_EXPIRES, SettingKeys.EXPIRES, ConfigProblem.shown(value.get()),
                    MAX_EXPIRES_SECONDS));
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
        problems.add(new ConfigProblem(Message.BAD_BOOLEAN, key, ConfigProblem.shown(value.get())));
        return defaultValue;
    }

    private int readInt(String key, int defaultValue, int min, int max, Message message) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        long parsed = parseLong(value.get());
        if (parsed < min || parsed > max) {
            problems.add(new ConfigProblem(message, key, ConfigProblem.shown(value.get()), min, max, defaultValue));
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
