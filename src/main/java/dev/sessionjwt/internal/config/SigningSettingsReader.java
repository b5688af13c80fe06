package dev.sessionjwt.internal.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;

import dev.sessionjwt.config.SettingKeys;

/**
 * Reads {@link SigningSettings}: the key ring (through {@link KeyRingReader}), the issuer and audience, and
 * the JWK set endpoint's path and cache lifetime, adding every problem to the settings reader's list.
 */
final class SigningSettingsReader {

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~!$&'()+=:@%-]+)+");
    /** Longest issuer or audience, in characters. */
    static final int MAX_PARTY_LENGTH = 512;
    private static final Pattern PARTY = Pattern.compile("[^\\p{Cntrl}]{1," + MAX_PARTY_LENGTH + "}");
    /** Longest JWK set cache lifetime: one week. */
    static final int MAX_JWKS_MAX_AGE_SECONDS = 604_800;

    private final Config config;
    private final List<ConfigProblem> problems;

    private SigningSettingsReader(Config config, List<ConfigProblem> problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * Reads the settings.
     *
     * @param config   the application's configuration
     * @param loader   the application's class loader, for {@code classpath:} key locations
     * @param problems where problems are added
     * @return the settings, or null if any of them has a problem
     */
    static SigningSettings read(Config config, ClassLoader loader, List<ConfigProblem> problems) {
        int before = problems.size();
        SigningSettingsReader reader = new SigningSettingsReader(config, problems);
        JwtKeyRing keys = new KeyRingReader(config, loader, problems).read();
        TokenParties parties = new TokenParties(reader.party(SettingKeys.ISSUER), reader.party(SettingKeys.AUDIENCE));
        Optional<String> jwksPath = reader.jwksPath(keys);
        Duration maxAge = reader.jwksMaxAge();
        return problems.size() > before ? null : new SigningSettings(keys, parties, jwksPath, maxAge);
    }

    private Optional<String> party(String key) {
        Optional<String> value = config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isPresent() && !PARTY.matcher(value.get()).matches()) {
            problems.add(new ConfigProblem(Message.BAD_PARTY, key,
                    ConfigProblem.shown(value.get().replaceAll("\\p{Cntrl}", "?"))));
        }
        return value;
    }

    /**
     * The path, or empty when switched off (an empty value), or when the current key is an HMAC secret. MicroProfile
     * Config reports an empty value as absent (and Payara's {@code getConfigValue} does not show it either), so the
     * value is taken from the first config source, by ordinal, that defines the key.
     */
    private Optional<String> jwksPath(JwtKeyRing keys) {
        Optional<String> configured = StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .map(source -> source.getValue(SettingKeys.JWKS_PATH)).filter(Objects::nonNull).findFirst();
        boolean set = configured.isPresent();
        String path = configured.map(String::strip).orElse(SettingKeys.DEFAULT_JWKS_PATH);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (!PATH.matcher(path).matches()) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, SettingKeys.JWKS_PATH, ConfigProblem.shown(path),
                    "a path under the context root such as " + SettingKeys.DEFAULT_JWKS_PATH + " (no wildcard, query or"
                    + " spaces), or an empty value to switch the endpoint off"));
            return Optional.empty();
        }
        if (keys != null && !keys.current().isPublic()) {
            if (set) {
                problems.add(new ConfigProblem(Message.BAD_JWKS, SettingKeys.JWKS_PATH, ConfigProblem.shown(path),
                        "no JWK set path with an HMAC secret in " + SettingKeys.KEY + ": a secret is never published;"
                                + " remove the path, or configure a key pair"));
            }
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private Duration jwksMaxAge() {
        Optional<String> value = config.getOptionalValue(SettingKeys.JWKS_MAX_AGE, String.class).map(String::strip)
                .filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Duration.ofSeconds(SettingKeys.DEFAULT_JWKS_MAX_AGE_SECONDS);
        }
        if (!value.get().matches("\\d{1,7}") || Long.parseLong(value.get()) > MAX_JWKS_MAX_AGE_SECONDS) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, SettingKeys.JWKS_MAX_AGE, ConfigProblem.shown(value.get()),
                    "a whole number of seconds from 0 to " + MAX_JWKS_MAX_AGE_SECONDS + " (default "
                            + SettingKeys.DEFAULT_JWKS_MAX_AGE_SECONDS + ")"));
            return Duration.ZERO;
        }
        return Duration.ofSeconds(Long.parseLong(value.get()));
    }
}
