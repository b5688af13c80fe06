package dev.sessionjwt.token;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Objects;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.HmacKey;

/**
 * The key that signs tokens, the key that verifies them and the one JWS algorithm both use.
 *
 * @param algorithm       the JWS {@code alg}, for example {@code HS256}; the only one accepted
 * @param signingKey      the key that signs
 * @param verificationKey the key that verifies
 */
public record JwtKey(String algorithm, Key signingKey, Key verificationKey) {

    /** Checks that no component is null. */
    public JwtKey {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(signingKey, "signingKey");
        Objects.requireNonNull(verificationKey, "verificationKey");
    }

    /**
     * An HS256 key from a shared secret.
     *
     * @param secret the secret as configured, UTF-8 encoded; at least 32 bytes
     */
    public static JwtKey hmacSha256(String secret) {
        HmacKey key = new HmacKey(secret.getBytes(StandardCharsets.UTF_8));
        return new JwtKey(AlgorithmIdentifiers.HMAC_SHA256, key, key);
    }

    @Override
    public String toString() {
        return "JwtKey[" + algorithm + "]";
    }
}
