package dev.sessionjwt.internal.token;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;

/**
 * Signs new session tokens with the current key, its {@code kid} and {@code typ: JWT} in the header: the
 * session id under the session field, {@code iss} and {@code aud} when configured, {@code iat}, {@code exp},
 * a random {@code jti}, and any extra claims the caller adds.
 *
 * <pre>
 * TokenIssuer issuer = new TokenIssuer(ring.current(), parties, "sk", Duration.ofMinutes(30), Clock.systemUTC());
 * SessionToken token = issuer.issue(session.getId(), Map.of());
 * </pre>
 */
public final class TokenIssuer {

    private static final int JTI_BYTES = 16;

    private final JwtKey key;
    private final TokenParties parties;
    private final String sessionField;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Signs with the JCA primitive directly; null where only jose4j can. */
    private final JcaSigner signer;

    /**
     * An issuer without issuer or audience claims.
     *
     * @param key          the signing key, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     how long a token stays valid, positive
     * @param clock        the time source, not null
     */
    public TokenIssuer(JwtKey key, String sessionField, Duration lifetime, Clock clock) {
        this(key, TokenParties.NONE, sessionField, lifetime, clock);
    }

    /**
     * @param key          the signing key, not null, able to sign
     * @param parties      the {@code iss} and {@code aud} to write, if configured, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     how long a token stays valid, positive
     * @param clock        the time source, not null
     */
    public TokenIssuer(JwtKey key, TokenParties parties, String sessionField, Duration lifetime, Clock clock) {
        this.key = Objects.requireNonNull(key, "key");
        this.parties = Objects.requireNonNull(parties, "parties");
        if (!key.canSign()) {
            throw new IllegalArgumentException("the key only verifies: " + key);
        }
        this.sessionField = Objects.requireNonNull(sessionField, "sessionField");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
        }
        this.signer = JcaSigner.forKey(key);
    }

    /** How long the tokens this issuer signs stay valid. */
    public Duration lifetime() {
        return lifetime;
    }

    /**
     * Signs a token for a session.
     *
     * @param sessionId   the container's session id, not null
     * @param extraClaims further claims; the library's own claims always win over them
     * @return the signed token
     */
    public SessionToken issue(String sessionId, Map<String, Object> extraClaims) {
        Instant now = clock.instant();
        Instant issuedAt = Instant.ofEpochSecond(now.getEpochSecond());
        Instant expiresAt = issuedAt.plus(lifetime);
        String jwtId = newJwtId();

        JwtClaims claims = new JwtClaims();
        extraClaims.forEach(claims::setClaim);
        claims.setClaim(sessionField, sessionId);
        parties.issuer().ifPresent(claims::setIssuer);
        parties.audience().ifPresent(claims::setAudience);
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setJwtId(jwtId);

        String payload = claims.toJson();
        String compact;
        try {
            compact = signer != null ? signer.sign(payload) : signedByJose4j(payload);
        } catch (JoseException | GeneralSecurityException e) {
            throw new IllegalStateException(Message.SIGNING_FAILED.format(key.algorithm(), e.getMessage()), e);
        }
        return new SessionToken(compact, sessionId, issuedAt, expiresAt, jwtId, claims.getClaimsMap());
    }

    private String signedByJose4j(String payload) throws JoseException {
        JsonWebSignature jws = withHeader(key);
        jws.setPayload(payload);
        jws.setKey(key.signingKey());
        return jws.getCompactSerialization();
    }

    /** Whether tokens are signed with the JCA primitive directly rather than through jose4j (tests). */
    boolean signsWithJca() {
        return signer != null;
    }

    /**
     * The header segment, exactly as base64url-encoded in the compact form, of every token signed with the key.
     *
     * @param key a key of the ring, not null
     */
    public static String encodedHeader(JwtKey key) {
        try {
            return withHeader(key).getHeaders().getEncodedHeader();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("no JWS header for " + key, e);
        }
    }

    /** A signature object with the header every token of the key carries: alg, kid, typ, in this order. */
    private static JsonWebSignature withHeader(JwtKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(key.algorithm());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", "JWT");
        return jws;
    }

    private String newJwtId() {
        byte[] bytes = new byte[JTI_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
