package dev.sessionjwt.claims;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.token.discovery.LogoutTokenReceiver;

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
    private final LogoutTokenReceiver logouts;

    SessionJwtReader(Function<String, Verification> verifier, Map<String, String> longNames,
                     LogoutTokenReceiver logouts) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.longNames = Map.copyOf(Objects.requireNonNull(longNames, "longNames"));
        this.logouts = Objects.requireNonNull(logouts, "logouts");
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

    /**
     * Takes a back-channel logout token the application posted this service (OpenID Connect Back-Channel Logout 1.0,
     * {@code session-jwt.backchannel-logout.uris}): when it verifies (a key of this reader, {@code typ}
     * {@code logout+jwt}, this reader's issuer, {@code audience} in its {@code aud}, unexpired, the logout event, no
     * {@code nonce}), every token of its session is rejected from now on as {@code SESSION_ENDED}. A reader without an
     * issuer takes none. {@link LogoutTokenServlet} answers the application's POST with it.
     *
     * @param logoutToken the posted {@code logout_token}, may be null
     * @param audience    this receiver's URL, exactly as the application lists it
     * @return empty when it was taken, else why not (for a log; it never quotes the token)
     */
    public Optional<String> acceptLogoutToken(String logoutToken, String audience) {
        try {
            return logouts.accept(logoutToken, Objects.requireNonNull(audience, "audience"));
        } catch (RuntimeException e) {
            return Optional.of("unexpected " + e.getClass().getSimpleName());
        }
    }

    /** Short-to-long claim names this reader applies. */
    public Map<String, String> longNames() {
        return longNames;
    }
}
