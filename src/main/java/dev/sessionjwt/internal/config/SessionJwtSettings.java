package dev.sessionjwt.internal.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.sessionjwt.internal.claims.ClaimSettings;

import dev.sessionjwt.config.SettingKeys;

/**
 * The library's validated settings, read once at deployment by {@link SettingsReader}.
 *
 * @param signing          the keys, issuer, audience and JWK set endpoint; keys never shown by {@link #toString()}
 * @param sessionField     the claim that carries the session id
 * @param expires          the token lifetime; empty means "the session timeout"
 * @param saveEveryRequest whether every response carries a freshly signed token
 * @param clockSkew        tolerated clock difference for {@code exp} and {@code iat}
 * @param maxTokenSize     largest cookie value, in bytes, that is parsed at all
 * @param claims           which claims besides the session id the token carries
 * @param cacheSize        entries of the verified-token cache; 0 means no cache
 * @param clusterStore     JNDI name of the container's Hazelcast instance, used by distributable applications
 * @param acceptPlainSessionIdsUntil until when a plain id of a session from before the start is upgraded, if set
 */
public record SessionJwtSettings(SigningSettings signing, String sessionField, Optional<Duration> expires,
                                 boolean saveEveryRequest, Duration clockSkew, int maxTokenSize,
                                 ClaimSettings claims, int cacheSize, String clusterStore,
                                 Optional<Instant> acceptPlainSessionIdsUntil) {

    /** Checks that no component is null. */
    public SessionJwtSettings {
        Objects.requireNonNull(acceptPlainSessionIdsUntil, "acceptPlainSessionIdsUntil");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(sessionField, "sessionField");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(clusterStore, "clusterStore");
    }

    /** Settings without the plain-session-id rollout window. */
    public SessionJwtSettings(SigningSettings signing, String sessionField, Optional<Duration> expires,
                              boolean saveEveryRequest, Duration clockSkew, int maxTokenSize, ClaimSettings claims,
                              int cacheSize, String clusterStore) {
        this(signing, sessionField, expires, saveEveryRequest, clockSkew, maxTokenSize, claims, cacheSize,
                clusterStore, Optional.empty());
    }

    /** Settings with the default cluster store ({@link SettingKeys#DEFAULT_CLUSTER_HAZELCAST_JNDI}). */
    public SessionJwtSettings(SigningSettings signing, String sessionField, Optional<Duration> expires,
                              boolean saveEveryRequest, Duration clockSkew, int maxTokenSize, ClaimSettings claims,
                              int cacheSize) {
        this(signing, sessionField, expires, saveEveryRequest, clockSkew, maxTokenSize, claims, cacheSize,
                SettingKeys.DEFAULT_CLUSTER_HAZELCAST_JNDI);
    }

    /** Settings with the default claims ({@link ClaimSettings#DEFAULTS}) and cache size. */
    public SessionJwtSettings(SigningSettings signing, String sessionField, Optional<Duration> expires,
                              boolean saveEveryRequest, Duration clockSkew, int maxTokenSize) {
        this(signing, sessionField, expires, saveEveryRequest, clockSkew, maxTokenSize, ClaimSettings.DEFAULTS,
                SettingKeys.DEFAULT_CACHE_SIZE);
    }

    /**
     * The token lifetime to use: {@link #expires()} if set, else the session timeout, else one day.
     *
     * @param sessionTimeoutMinutes the web application's session timeout; zero or less means none
     */
    public Duration tokenLifetime(int sessionTimeoutMinutes) {
        return expires.orElseGet(() -> sessionTimeoutMinutes > 0
                ? Duration.ofMinutes(sessionTimeoutMinutes)
                : Duration.ofSeconds(SettingKeys.FALLBACK_EXPIRES_SECONDS));
    }

    @Override
    public String toString() {
        return "SessionJwtSettings[keys=" + signing.keys() + ", parties=" + signing.parties() + ", sessionField="
                + sessionField + ", expires=" + expires + ", saveEveryRequest=" + saveEveryRequest + ", clockSkew=" + clockSkew
                + ", maxTokenSize=" + maxTokenSize + ", claims=" + claims + ", cacheSize=" + cacheSize + ", clusterStore=" + clusterStore + ", acceptPlainSessionIdsUntil=" + acceptPlainSessionIdsUntil + "]";
    }
}
