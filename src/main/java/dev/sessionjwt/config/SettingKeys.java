package dev.sessionjwt.config;

import java.time.Duration;

import dev.sessionjwt.internal.token.TokenVerifier;

/**
 * Every MicroProfile Config key the library reads, each with its default beside it.
 *
 * @since 1.0
 */
public final class SettingKeys {

    /** Common prefix of all keys. */
    public static final String PREFIX = "session-jwt.";

    /**
     * Distributable applications only: the JNDI name of the container's Hazelcast instance, which keeps the
     * session ids retired by {@code changeSessionId()} or invalidation for every node.
     */
    public static final String CLUSTER_HAZELCAST_JNDI = PREFIX + "cluster.hazelcast-jndi";
    /** Default of {@link #CLUSTER_HAZELCAST_JNDI}: where Payara binds its Hazelcast instance. */
    public static final String DEFAULT_CLUSTER_HAZELCAST_JNDI = "payara/Hazelcast";

    /**
     * Required. What signs the tokens: an HMAC secret written {@code secret:<the secret>} (its UTF-8 bytes after
     * the prefix, at least the hash size: 32 bytes for HS256), a PEM private key (PKCS#8, or PKCS#1 RSA / SEC1 EC),
     * a JWK with private members (an {@code oct} JWK is a secret too), or a JWK set whose first key signs and whose
     * other keys are accepted for verification; inline or as a location: {@code file:...}, {@code classpath:...} or
     * a plain filesystem path. Text of another form is refused, never taken for a secret.
     */
    public static final String KEY = PREFIX + "key";

    /**
     * The public key of {@link #KEY} (PEM public key, X.509 certificate or JWK), checked against it. Absent:
     * derived from the private key.
     */
    public static final String PUBLIC_KEY = PREFIX + "public-key";

    /**
     * The JWS algorithm of {@link #KEY}: HS256/384/512, RS256/384/512, PS256/384/512, ES256/384/512 or EdDSA.
     * Absent: the JWK's {@code alg}, else HS256 for a secret, RS256 for RSA, ES256/384/512 by EC curve, EdDSA for
     * Ed25519.
     */
    public static final String ALGORITHM = PREFIX + "algorithm";

    /** The {@code kid} of {@link #KEY}. Absent: the JWK's {@code kid}, else the key's RFC 7638 thumbprint. */
    public static final String KEY_ID = PREFIX + "key-id";

    /**
     * Keys still accepted for verification (rotation), selected by {@code kid}: either one JWK or JWK set given
     * inline (a value starting with <code>{</code>, which may contain commas), or a comma-separated list whose
     * entries are each a location or inline PEM or {@code secret:...}. Public parts are enough.
     */
    public static final String VERIFICATION_KEYS = PREFIX + "verification-keys";

    /** Path, under the context root, of the JWK set with the public keys; empty switches it off. Key pairs only. */
    public static final String JWKS_PATH = PREFIX + "jwks.path";
    /** Default of {@link #JWKS_PATH}. */
    public static final String DEFAULT_JWKS_PATH = "/.well-known/jwks.json";

    /**
     * Path, under the context root, of the discovery document (what a reader needs to configure itself: the JWK set,
     * issuer, audience, cookie and claim names); empty switches it off. Key pairs only, and only with the JWK set.
     */
    public static final String DISCOVERY_PATH = PREFIX + "discovery.path";
    /** Default of {@link #DISCOVERY_PATH}. */
    public static final String DEFAULT_DISCOVERY_PATH = "/.well-known/session-jwt";

    /**
     * Path, under the context root, of the ended-sessions feed (a JWS listing the sessions that ended while their tokens
     * could still be valid, so readers refuse those tokens); empty switches it off. Key pairs only, and only with the
     * JWK set.
     */
    public static final String ENDED_SESSIONS_PATH = PREFIX + "ended-sessions.path";
    /** Default of {@link #ENDED_SESSIONS_PATH}. */
    public static final String DEFAULT_ENDED_SESSIONS_PATH = "/.well-known/session-jwt-ended";

    /** Seconds for which the ended-sessions feed may be cached ({@code Cache-Control: public, max-age}). */
    public static final String ENDED_SESSIONS_MAX_AGE = PREFIX + "ended-sessions.max-age";
    /** Default of {@link #ENDED_SESSIONS_MAX_AGE}. */
    public static final int DEFAULT_ENDED_SESSIONS_MAX_AGE_SECONDS = 5;

    /**
     * Receivers of back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0): comma-separated {@code https://}
     * URLs (or {@code http://} to a loopback address), each sent a signed {@code logout+jwt} when a session ends.
     * Absent: none. Key pairs and a {@link #ISSUER} only.
     */
    public static final String BACKCHANNEL_LOGOUT_URIS = PREFIX + "backchannel-logout.uris";

    /**
     * Seconds for which the JWK set and the discovery document may be cached ({@code Cache-Control: public,
     * max-age}).
     */
    public static final String JWKS_MAX_AGE = PREFIX + "jwks.max-age";
    /** Default of {@link #JWKS_MAX_AGE}: five minutes. */
    public static final int DEFAULT_JWKS_MAX_AGE_SECONDS = 300;

    /** The {@code iss} claim written into every token and required of every token. Absent: none. */
    public static final String ISSUER = PREFIX + "issuer";

    /** The {@code aud} claim written into every token and required of every token. Absent: none accepted. */
    public static final String AUDIENCE = PREFIX + "audience";

    /** Name of the claim that carries the session id. */
    public static final String SESSION_FIELD = PREFIX + "session-field";
    /** Default of {@link #SESSION_FIELD}. */
    public static final String DEFAULT_SESSION_FIELD = TokenVerifier.DEFAULT_SESSION_FIELD;

    /** Token lifetime in seconds. Absent: the web application's session timeout. */
    public static final String EXPIRES = PREFIX + "expires";
    /** Lifetime used when {@link #EXPIRES} is absent and the session timeout is not positive: one day. */
    public static final long FALLBACK_EXPIRES_SECONDS = 86_400;

    /** Whether every response carries a freshly signed token. */
    public static final String SAVE_EVERY_REQUEST = PREFIX + "save-every-request";
    /** Default of {@link #SAVE_EVERY_REQUEST}. */
    public static final boolean DEFAULT_SAVE_EVERY_REQUEST = false;

    /** Tolerated clock difference, in seconds, when checking {@code exp} and {@code iat}. */
    public static final String CLOCK_SKEW = PREFIX + "clock-skew";
    /** Default of {@link #CLOCK_SKEW}. */
    public static final int DEFAULT_CLOCK_SKEW_SECONDS = TokenVerifier.DEFAULT_CLOCK_SKEW_SECONDS;

    /** Largest cookie value, in bytes, that is parsed at all; longer values are rejected unread. */
    public static final String MAX_TOKEN_SIZE = PREFIX + "max-token-size";
    /** Default of {@link #MAX_TOKEN_SIZE}. */
    public static final int DEFAULT_MAX_TOKEN_SIZE = TokenVerifier.DEFAULT_MAX_TOKEN_SIZE;

    /** Whether an authenticated caller's {@code sub}, {@code upn} and {@code groups} go into the token. */
    public static final String IDENTITY_CLAIMS = PREFIX + "identity-claims";
    /** Default of {@link #IDENTITY_CLAIMS}. */
    public static final boolean DEFAULT_IDENTITY_CLAIMS = true;

    /**
     * Fields of the caller principal to put into the token: a comma-separated list of {@code attribute},
     * {@code attribute:short} or {@code attribute:short:long}; absent means none.
     */
    public static final String FIELDS = PREFIX + "fields";

    /** Whether a change of caller inside a session (login, logout, switch) rotates the session id. */
    public static final String ROTATE_ON_LOGIN = PREFIX + "rotate-on-login";
    /** Default of {@link #ROTATE_ON_LOGIN}. */
    public static final boolean DEFAULT_ROTATE_ON_LOGIN = true;

    /**
     * Whether the library installs its authentication mechanism when the application defines none. Set it
     * to {@code false} for applications that authenticate through web.xml {@code <login-config>}.
     */
    public static final String MECHANISM = PREFIX + "mechanism";
    /** Default of {@link #MECHANISM}. */
    public static final boolean DEFAULT_MECHANISM = true;

    /**
     * Entries of the verified-token cache (exact token string to its verified claims, 1.2-2 KB each with a
     * few claims); {@code 0} switches the cache off.
     */
    public static final String CACHE_SIZE = PREFIX + "cache-size";
    /** Default of {@link #CACHE_SIZE}. */
    public static final int DEFAULT_CACHE_SIZE = 4096;

    /**
     * The rollout without logouts: until this ISO-8601 instant (for example {@code 2027-01-15T00:00:00Z}), a cookie
     * holding the bare id of a live session created before the application started is upgraded to a token once.
     * Absent: plain ids reach no session. At most {@link #MAX_PLAIN_SESSION_ID_WINDOW} after the deployment.
     */
    public static final String ACCEPT_PLAIN_SESSION_IDS_UNTIL = PREFIX + "accept-plain-session-ids-until";
    /**
     * The longest rollout window, counted from the deployment: 30 days, longer than any session's idle timeout
     * worth keeping alive (a session idle for longer expired anyway), short enough that a window left open is closed
     * by time.
     */
    public static final Duration MAX_PLAIN_SESSION_ID_WINDOW = Duration.ofDays(30);

    private SettingKeys() {
    }
}
