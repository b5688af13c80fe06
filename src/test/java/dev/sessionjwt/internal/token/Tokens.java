package dev.sessionjwt.internal.token;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.json.JsonUtil;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/** Test helper that crafts compact tokens by hand (base64url + javax.crypto.Mac) and builds verifiers. */
final class Tokens {

    /** The configured secret: 32 bytes of UTF-8. */
    static final String SECRET = "0123456789abcdef0123456789abcdef";
    /** Another valid 32-byte secret. */
    static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210";
    /** The instant the tests consider "now". */
    static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    /** The configured token lifetime. */
    static final Duration LIFETIME = Duration.ofMinutes(30);
    /** The configured clock skew. */
    static final Duration SKEW = Duration.ofSeconds(30);
    /** The configured maximum token size. */
    static final int MAX_SIZE = 8192;
    /** The standard header of a library token. */
    static final String HS256_HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private Tokens() {
    }

    /** A verifier with the test key, field {@code sk}, {@link #LIFETIME}, {@link #SKEW} and a clock fixed at {@code now}. */
    static TokenVerifier verifierAt(Instant now) {
        return new TokenVerifier(JwtKey.hmacSha256(SECRET), "sk", LIFETIME, SKEW, MAX_SIZE, Clock.fixed(now, ZoneOffset.UTC));
    }

    /** A verifier at {@link #NOW}. */
    static TokenVerifier verifier() {
        return verifierAt(NOW);
    }

    /** The claims of a valid token issued at {@link #NOW}: sk, iat, exp (iat + lifetime), jti; mutable, in order. */
    static Map<String, Object> validClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sk", "session-1");
        claims.put("iat", NOW.getEpochSecond());
        claims.put("exp", NOW.plus(LIFETIME).getEpochSecond());
        claims.put("jti", "jti-1");
        return claims;
    }

    /** An HS256 token over the given claims, signed with {@link #SECRET}. */
    static String signed(Map<String, Object> claims) {
        return signed(HS256_HEADER, JsonUtil.toJson(claims));
    }

    /** An HS256 token with a hand-written header and payload, signed with {@link #SECRET}. */
    static String signed(String headerJson, String payloadJson) {
        return hmac("HmacSHA256", SECRET, headerJson, payloadJson);
    }

    /**
     * A token with the given header and payload, signed with an HMAC.
     *
     * @param macAlgorithm the JCA name, such as {@code HmacSHA512}
     */
    static String hmac(String macAlgorithm, String secret, String headerJson, String payloadJson) {
        String signingInput = b64(headerJson) + "." + b64(payloadJson);
        return signingInput + "." + b64(mac(macAlgorithm, secret, signingInput));
    }

    /** The raw HMAC of an ASCII signing input. */
    static byte[] mac(String macAlgorithm, String secret, String signingInput) {
        try {
            Mac mac = Mac.getInstance(macAlgorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), macAlgorithm));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpadded base64url of the UTF-8 bytes of a string. */
    static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Unpadded base64url of bytes. */
    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The decoded text of one segment (0 header, 1 payload) of a compact token. */
    static String segment(String compact, int index) {
        return new String(Base64.getUrlDecoder().decode(compact.split("\\.")[index]), StandardCharsets.UTF_8);
    }

    /** Verifies and returns the result, failing the test if verify() throws. */
    static Verification verify(TokenVerifier verifier, String value) {
        return assertDoesNotThrow(() -> verifier.verify(value), "verify() must never throw");
    }

    /** Verifies a value expected to be rejected and returns the reason; fails if it throws or is accepted. */
    static TokenRejection rejection(TokenVerifier verifier, String value) {
        Verification result = verify(verifier, value);
        return assertInstanceOf(Verification.Rejected.class, result, "expected a rejection, got " + result).reason();
    }

    /** Verifies a value expected to be valid and returns its token; fails if it throws or is rejected. */
    static SessionToken accepted(TokenVerifier verifier, String value) {
        Verification result = verify(verifier, value);
        return assertInstanceOf(Verification.Valid.class, result, "expected a valid token, got " + result).token();
    }
}
