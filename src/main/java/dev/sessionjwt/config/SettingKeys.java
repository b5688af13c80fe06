package dev.sessionjwt.config;

/**
 * Every MicroProfile Config key the library reads, each with its default beside it.
 */
public final class SettingKeys {

    /** Common prefix of all keys. */
    public static final String PREFIX = "session-jwt.";

    /** Required. The HMAC secret that signs and verifies tokens (HS256: at least 32 bytes of UTF-8). */
    public static final String KEY = PREFIX + "key";

    /** Name of the claim that carries the session id. */
    public static final String SESSION_FIELD = PREFIX + "session-field";
    /** Default of {@link #SESSION_FIELD}. */
    public static final String DEFAULT_SESSION_FIELD = "sk";

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
    public static final int DEFAULT_CLOCK_SKEW_SECONDS = 30;

    /** Largest cookie value, in bytes, that is parsed at all; longer values are rejected unread. */
    public static final String MAX_TOKEN_SIZE = PREFIX + "max-token-size";
    /** Default of {@link #MAX_TOKEN_SIZE}. */
    public static final int DEFAULT_MAX_TOKEN_SIZE = 8192;

    /**
     * Entries of the verified-token cache (exact token string to its verified claims, about 1 KiB each);
     * {@code 0} switches the cache off.
     */
    public static final String CACHE_SIZE = PREFIX + "cache-size";
    /** Default of {@link #CACHE_SIZE}. */
    public static final int DEFAULT_CACHE_SIZE = 4096;

    private SettingKeys() {
    }
}
