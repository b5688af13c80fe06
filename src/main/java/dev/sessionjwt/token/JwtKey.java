package dev.sessionjwt.token;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.PublicKey;
import java.util.Objects;

import javax.crypto.SecretKey;

import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.HashUtil;
import org.jose4j.lang.JoseException;

/**
 * One key of the key ring: its id ({@code kid}), the one JWS algorithm it is used with, the key that
 * signs (absent for a key kept only to verify) and the key that verifies.
 *
 * @param keyId           the {@code kid} tokens signed with it carry
 * @param algorithm       the JWS {@code alg}, for example {@code ES256}; the only one accepted with this key
 * @param signingKey      the secret or private key that signs; null for a key that only verifies
 * @param verificationKey the secret or public key that verifies
 *
 * @since 1.0
 */
public record JwtKey(String keyId, String algorithm, Key signingKey, Key verificationKey) {

    /** Checks that every component but the signing key is present. */
    public JwtKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(verificationKey, "verificationKey");
    }

    /**
     * An HS256 key from a shared secret, with the thumbprint as its id.
     *
     * @param secret the secret as configured, UTF-8 encoded; at least 32 bytes
     */
    public static JwtKey hmacSha256(String secret) {
        HmacKey key = new HmacKey(secret.getBytes(StandardCharsets.UTF_8));
        return new JwtKey(thumbprint(key), AlgorithmIdentifiers.HMAC_SHA256, key, key);
    }

    /**
     * A key that only verifies, with the thumbprint as its id: what a service that reads tokens needs.
     *
     * @param algorithm       the JWS algorithm, for example {@code ES256}
     * @param verificationKey the public key (or, for HMAC, the secret)
     */
    public static JwtKey forVerification(String algorithm, Key verificationKey) {
        return new JwtKey(thumbprint(verificationKey), algorithm, null, verificationKey);
    }

    /**
     * The RFC 7638 SHA-256 thumbprint of a secret or public key, base64url: the default key id.
     *
     * @param verificationKey an HMAC secret or an RSA, EC or EdDSA public key
     */
    public static String thumbprint(Key verificationKey) {
        try {
            if (verificationKey instanceof SecretKey secret) {
                return new OctetSequenceJsonWebKey(secret).calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
            }
            return PublicJsonWebKey.Factory.newPublicJwk((PublicKey) verificationKey)
                    .calculateBase64urlEncodedThumbprint(HashUtil.SHA_256);
        } catch (JoseException | ClassCastException e) {
            throw new IllegalArgumentException("no thumbprint for a " + verificationKey.getAlgorithm() + " key", e);
        }
    }

    /** Whether this key signs (it is the current key) or only verifies. */
    public boolean canSign() {
        return signingKey != null;
    }

    /** Whether the verification key is public (and may be published in a JWK set). */
    public boolean isPublic() {
        return verificationKey instanceof PublicKey;
    }

    @Override
    public String toString() {
        return "JwtKey[" + keyId + ", " + algorithm + "]";
    }
}
