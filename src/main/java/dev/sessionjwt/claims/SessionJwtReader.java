package dev.sessionjwt.claims;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

import dev.sessionjwt.internal.claims.ClaimNames;

/**
 * Verifies a session cookie in another Java service and returns its claims by long name: one class, no
 * container needed. Built with {@link #builder()} from a key (PEM, JWK, JWK set, X.509 certificate, OpenSSH
 * public key line, HMAC secret) or from the application's JWK set URL, which it follows through key rotations;
 * {@link SessionJwtReaderBuilder#djangoSessionJwt()} reads tokens minted by django-session-jwt.
 *
 * <pre>
 * SessionJwtReader reader = SessionJwtReader.builder()
 *         .jwks(URI.create("https://shop.example.com/.well-known/jwks.json"))
 *         .issuer("https://shop.example.com")
 *         .longNames(Map.of("e", "email", "dn", "display_name"))
 *         .build();
 * Map&lt;String, Object&gt; claims = reader.read(cookieValue);   // throws InvalidSessionTokenException
 * String email = (String) claims.get("email");
 * </pre>
 *
 * @since 1.0
 */
public final class SessionJwtReader {

    /** The longest token lifetime the reader accepts (a token claiming a longer one is rejected). */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);

    private final Function<String, Verification> verifier;
    private final Map<String, String> longNames;

    SessionJwtReader(Function<String, Verification> verifier, Map<String, String> longNames) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.longNames = Map.copyOf(Objects.requireNonNull(longNames, "longNames"));
    }

    /** A builder: give it one key source ({@code key}, {@code keys} or {@code jwks}), then what else applies. */
    public static SessionJwtReaderBuilder builder() {
        return new SessionJwtReaderBuilder();
    }

    /**
     * Verifies a token and returns its claims.
     *
     * @param token the cookie value; null is rejected
     * @return every claim, by long name, in token order
     * @throws InvalidSessionTokenException with the reason, if the token is not valid; never anything else
     */
    public Map<String, Object> read(String token) {
        Verification verification = verify(token);
        if (verification instanceof Verification.Rejected rejected) {
            throw new InvalidSessionTokenException(rejected.reason(), rejected.detail());
        }
        return ClaimNames.toLongForm(verification.token().claims(), longNames);
    }

    /**
     * Verifies a token without throwing: the verified token, or the reason it was rejected.
     *
     * @param token the cookie value; null is rejected
     */
    public Verification verify(String token) {
        try {
            return verifier.apply(token);
        } catch (RuntimeException e) {
            return new Verification.Rejected(TokenRejection.MALFORMED, "unexpected " + e.getClass().getSimpleName());
        }
    }

    /** Short-to-long claim names this reader applies. */
    public Map<String, String> longNames() {
        return longNames;
    }
}
