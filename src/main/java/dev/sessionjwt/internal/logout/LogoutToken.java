package dev.sessionjwt.internal.logout;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.discovery.LogoutTokenReceiver;
import dev.sessionjwt.token.JwtKey;

/**
 * The logout token of OpenID Connect Back-Channel Logout 1.0 that the application sends a receiver when a session
 * ends: a JWS signed with the current key (header {@code typ} {@value #TYPE}), whose claims are {@code iss},
 * {@code aud} (the receiver's URL), {@code iat}, {@code exp} ({@link #LIFETIME} later), {@code jti},
 * {@code events} with the back-channel logout event, and {@code sid}: the session's hash as the ended-sessions feed
 * names it ({@link EndedSessionsFeed#hash}), never its id.
 *
 * <pre>
 * String jwt = LogoutToken.sign(key, "https://shop.example.com", "https://orders.example.com/logout", hash, now);
 * </pre>
 */
public final class LogoutToken {

    /** The JWS header {@code typ} of a logout token. */
    public static final String TYPE = LogoutTokenReceiver.TYPE;
    /** The event member that makes a JWT a back-channel logout token. */
    public static final String EVENT = LogoutTokenReceiver.EVENT;
    /** How long a logout token is valid: long enough for the sender's retries. */
    public static final Duration LIFETIME = Duration.ofMinutes(2);

    private static final SecureRandom RANDOM = new SecureRandom();

    private LogoutToken() {
    }

    /**
     * @param key         the application's current key, a key pair
     * @param issuer      the application's issuer
     * @param audience    the receiver's URL
     * @param sessionHash the ended session's hash
     * @param now         the time of issue
     * @return the compact JWS
     * @throws IllegalStateException if signing fails
     */
    public static String sign(JwtKey key, String issuer, String audience, String sessionHash, Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        claims.setJwtId(Base64.getUrlEncoder().withoutPadding().encodeToString(id));
        claims.setClaim("events", Map.of(EVENT, Map.of()));
        claims.setClaim("sid", sessionHash);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(key.algorithm());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", TYPE);
        jws.setPayload(claims.toJson());
        jws.setKey(key.signingKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("signing a logout token with " + key.algorithm() + " failed", e);
        }
    }
}
