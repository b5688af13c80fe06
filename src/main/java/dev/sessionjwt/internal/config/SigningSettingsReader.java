package dev.sessionjwt.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.jwks.JwksLocation;

import dev.sessionjwt.config.SettingKeys;

/**
 * Reads {@link SigningSettings}: the key ring (through {@link KeyRingReader}), the issuer and audience, and
 * the paths of the JWK set endpoint and the discovery document and their cache lifetime, adding every problem to
 * the settings reader's list.
 */
final class SigningSettingsReader {

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~!$&'()+=:@%-]+)+");
    /** Longest issuer or audience, in characters. */
    static final int MAX_PARTY_LENGTH = 512;
    private static final Pattern PARTY = Pattern.compile("[^\\p{Cntrl}]{1," + MAX_PARTY_LENGTH + "}");
    /** Longest JWK set cache lifetime: one week. */
    static final int MAX_JWKS_MAX_AGE_SECONDS = 604_800;
    /** Longest ended-sessions feed cache lifetime: five minutes (readers poll it). */
    static final int MAX_ENDED_SESSIONS_MAX_AGE_SECONDS = 300;

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
        Optional<String> discoveryPath = reader.beside(SettingKeys.DISCOVERY_PATH, SettingKeys.DEFAULT_DISCOVERY_PATH,
                "discovery document", keys, jwksPath);
        Optional<String> endedPath = reader.beside(SettingKeys.ENDED_SESSIONS_PATH,
                SettingKeys.DEFAULT_ENDED_SESSIONS_PATH, "ended-sessions feed", keys, jwksPath);
        if (discoveryPath.isPresent() && discoveryPath.equals(endedPath)) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, SettingKeys.ENDED_SESSIONS_PATH,
                    ConfigProblem.shown(endedPath.get()), "a path other than " + SettingKeys.DISCOVERY_PATH + "'s"));
        }
        Duration maxAge = reader.maxAge(SettingKeys.JWKS_MAX_AGE, SettingKeys.DEFAULT_JWKS_MAX_AGE_SECONDS,
                MAX_JWKS_MAX_AGE_SECONDS);
        Duration endedMaxAge = reader.maxAge(SettingKeys.ENDED_SESSIONS_MAX_AGE,
                SettingKeys.DEFAULT_ENDED_SESSIONS_MAX_AGE_SECONDS, MAX_ENDED_SESSIONS_MAX_AGE_SECONDS);
        List<URI> receivers = reader.logoutReceivers(keys, parties);
        return problems.size() > before ? null : new SigningSettings(keys, parties, jwksPath, maxAge, discoveryPath,
                new SigningSettings.Publication(endedPath, endedMaxAge), receivers);
    }

    /**
     * The back-channel logout receivers: each an absolute {@code https://} URL, or {@code http://} to a loopback address
     * written as one; only with a key pair (receivers verify with the JWK set) and an issuer (the token's {@code iss}).
     */
    private List<URI> logoutReceivers(JwtKeyRing keys, TokenParties parties) {
        Optional<String> value = config.getOptionalValue(SettingKeys.BACKCHANNEL_LOGOUT_URIS, String.class)
                .map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return List.of();
        }
        List<URI> receivers = new ArrayList<>();
        for (String entry : value.get().split(",")) {
            String text = entry.strip();
            try {
                URI uri = new URI(text);
                JwksLocation.check(uri, false, "receiver");
                if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                    throw new IllegalArgumentException("user info or a fragment");
                }
                receivers.add(uri);
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.add(new ConfigProblem(Message.BAD_LOGOUT_RECEIVER, SettingKeys.BACKCHANNEL_LOGOUT_URIS,
                        ConfigProblem.shown(text.replaceAll("\\p{Cntrl}", "?")), "comma-separated absolute https://"
                        + " URLs (http:// only to a loopback address written as one, such as 127.0.0.1), without user"
                        + " info or fragment"));
                return List.of();
            }
        }
        if (keys != null && !keys.current().isPublic()) {
            problems.add(new ConfigProblem(Message.BAD_LOGOUT_RECEIVER, SettingKeys.BACKCHANNEL_LOGOUT_URIS,
                    ConfigProblem.shown(value.get()), "no receivers with an HMAC secret in " + SettingKeys.KEY
                    + ": they verify logout tokens with the JWK set; configure a key pair"));
        } else if (parties.issuer().isEmpty()) {
            problems.add(new ConfigProblem(Message.BAD_LOGOUT_RECEIVER, SettingKeys.BACKCHANNEL_LOGOUT_URIS,
                    ConfigProblem.shown(value.get()), "receivers only with " + SettingKeys.ISSUER + " set: a logout"
                    + " token must name its issuer"));
        }
        return receivers;
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
     * The JWK set's path, or empty when switched off (an empty value), or when the current key is an HMAC secret.
     */
    private Optional<String> jwksPath(JwtKeyRing keys) {
        return endpointPath(SettingKeys.JWKS_PATH, SettingKeys.DEFAULT_JWKS_PATH, "JWK set", keys);
    }

    /**
     * The path of a document published beside the JWK set (the discovery document, the ended-sessions feed), or empty
     * when switched off, when the current key is an HMAC secret, or when the JWK set its readers need is switched off
     * (a problem when the path was set explicitly: readers could not check it), or when it is the JWK set's own path.
     */
    private Optional<String> beside(String key, String defaultPath, String what, JwtKeyRing keys,
                                    Optional<String> jwksPath) {
        boolean set = configured(key).isPresent();
        Optional<String> path = endpointPath(key, defaultPath, what, keys);
        if (path.isEmpty() || keys == null || !keys.current().isPublic()) {
            return path;
        }
        if (jwksPath.isEmpty()) {
            if (set) {
                problems.add(new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(path.get()), "no " + what
                        + " without the JWK set its readers need (" + SettingKeys.JWKS_PATH + " is empty): set an"
                        + " empty " + key + " too, or publish the JWK set"));
            }
            return Optional.empty();
        }
        if (path.equals(jwksPath)) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(path.get()),
                    "a path other than " + SettingKeys.JWKS_PATH + "'s"));
            return Optional.empty();
        }
        return path;
    }

    /**
     * The path of a published endpoint, or empty when switched off (an empty value), or when the current key is an
     * HMAC secret (a problem when the path was set explicitly). MicroProfile Config reports an empty value as absent
     * (and Payara's {@code getConfigValue} does not show it either), so the value is taken from the first config
     * source, by ordinal, that defines the key.
     */
    private Optional<String> endpointPath(String key, String defaultPath, String what, JwtKeyRing keys) {
        Optional<String> configured = configured(key);
        String path = configured.map(String::strip).orElse(defaultPath);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        if (!PATH.matcher(path).matches()) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(path),
                    "a path under the context root such as " + defaultPath + " (no wildcard, query or"
                    + " spaces), or an empty value to switch the endpoint off"));
            return Optional.empty();
        }
        if (keys != null && !keys.current().isPublic()) {
            if (configured.isPresent()) {
                problems.add(new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(path),
                        "no " + what + " path with an HMAC secret in " + SettingKeys.KEY
                                + ": a secret is never published; remove the path, or configure a key pair"));
            }
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private Optional<String> configured(String key) {
        return StreamSupport.stream(config.getConfigSources().spliterator(), false)
                .map(source -> source.getValue(key)).filter(Objects::nonNull).findFirst();
    }

    private Duration maxAge(String key, int defaultSeconds, int maxSeconds) {
        Optional<String> value = config.getOptionalValue(key, String.class).map(String::strip)
                .filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return Duration.ofSeconds(defaultSeconds);
        }
        if (!value.get().matches("\\d{1,7}") || Long.parseLong(value.get()) > maxSeconds) {
            problems.add(new ConfigProblem(Message.BAD_JWKS, key, ConfigProblem.shown(value.get()),
                    "a whole number of seconds from 0 to " + maxSeconds + " (default " + defaultSeconds + ")"));
            return Duration.ZERO;
        }
        return Duration.ofSeconds(Long.parseLong(value.get()));
    }

}
