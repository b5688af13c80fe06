package dev.sessionjwt.claims;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenParties;
import dev.sessionjwt.token.TokenVerifier;
import dev.sessionjwt.token.Verification;

/**
 * Verifies a session cookie in another Java service and returns its claims by long name: one class, no
 * container needed.
 *
 * <pre>
 * SessionJwtReader reader = new SessionJwtReader(JwtKey.hmacSha256(secret),
 *         Map.of("e", "email", "dn", "display_name"));
 * Map&lt;String, Object&gt; claims = reader.read(cookieValue);   // throws InvalidSessionTokenException
 * String email = (String) claims.get("email");
 * </pre>
 */
public final class SessionJwtReader {

    /** The longest token lifetime the reader accepts (a token claiming a longer one is rejected). */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final TokenVerifier verifier;
    private final Map<String, String> longNames;

    /**
     * A reader with the default session field ({@code sk}), clock skew and size limit.
     *
     * @param key       the verification key and its algorithm, not null
     * @param longNames short-to-long claim names (the application's fields and producers); others keep their name
     */
    public SessionJwtReader(JwtKey key, Map<String, String> longNames) {
        this(key, SettingKeys.DEFAULT_SESSION_FIELD, longNames, Clock.systemUTC());
    }

    /**
     * @param key          the verification key and its algorithm, not null
     * @param sessionField the application's {@code session-jwt.session-field}, not null
     * @param longNames    short-to-long claim names, not null
     * @param clock        the time source, not null
     */
    public SessionJwtReader(JwtKey key, String sessionField, Map<String, String> longNames, Clock clock) {
        this(JwtKeyRing.of(key), TokenParties.NONE, sessionField, longNames, clock);
    }

    /**
     * A reader for an application that sets {@code session-jwt.issuer} or {@code session-jwt.audience}, or that
     * is rotating keys: the reader then requires the same issuer and audience and accepts every key of the ring.
     *
     * @param keys         the verification keys (selected by {@code kid}), not null
     * @param parties      the application's issuer and audience, not null
     * @param sessionField the application's {@code session-jwt.session-field}, not null
     * @param longNames    short-to-long claim names, not null
     * @param clock        the time source, not null
     */
    public SessionJwtReader(JwtKeyRing keys, TokenParties parties, String sessionField, Map<String, String> longNames,
                            Clock clock) {
        this.verifier = new TokenVerifier(keys, parties, sessionField, MAX_LIFETIME,
                Duration.ofSeconds(SettingKeys.DEFAULT_CLOCK_SKEW_SECONDS), SettingKeys.DEFAULT_MAX_TOKEN_SIZE, clock);
        this.longNames = Map.copyOf(Objects.requireNonNull(longNames, "longNames"));
    }

    /**
     * Verifies a token and returns its claims.
     *
     * @param token the cookie value
     * @return every claim, by long name, in token order
     * @throws InvalidSessionTokenException with the reason, if the token is not valid
     */
    public Map<String, Object> read(String token) {
        Verification verification = verifier.verify(token);
        if (verification instanceof Verification.Rejected rejected) {
            throw new InvalidSessionTokenException(rejected.reason(), rejected.detail());
        }
        return ClaimNames.toLongForm(verification.token().claims(), longNames);
    }
}
