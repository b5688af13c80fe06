package dev.sessionjwt.internal.token.keys;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * One key read from configured key material: an HMAC secret, a private key with its public key, or a
 * public key alone, with the key id and algorithm a JWK may carry.
 *
 * @param secretOrPrivate the HMAC secret or the private key; null for a public key alone
 * @param publicKey       the public key (given or derived); null for an HMAC secret
 * @param keyId           the JWK's {@code kid}, if it had one
 * @param algorithm       the JWK's {@code alg}, if it had one
 */
public record ParsedKey(Key secretOrPrivate, PublicKey publicKey, Optional<String> keyId, Optional<String> algorithm) {

    /** Checks that the key is a secret, a key pair or a public key, and that the optionals are present. */
    public ParsedKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        if (secretOrPrivate instanceof SecretKey ? publicKey != null : publicKey == null) {
            throw new IllegalArgumentException("a secret has no public key; every other key has one");
        }
    }

    /** An HMAC secret. */
    public static ParsedKey secret(SecretKey secret) {
        return new ParsedKey(secret, null, Optional.empty(), Optional.empty());
    }

    /** A private key with its public key. */
    public static ParsedKey pair(PrivateKey privateKey, PublicKey publicKey) {
        return new ParsedKey(Objects.requireNonNull(privateKey, "privateKey"), publicKey, Optional.empty(),
                Optional.empty());
    }

    /** A public key alone. */
    public static ParsedKey publicOnly(PublicKey publicKey) {
        return new ParsedKey(null, publicKey, Optional.empty(), Optional.empty());
    }

    /** Whether this is an HMAC secret. */
    public boolean isSecret() {
        return secretOrPrivate instanceof SecretKey;
    }

    /** Whether this key can sign: a secret or a private key. */
    public boolean canSign() {
        return secretOrPrivate != null;
    }

    /** The key that verifies: the secret, or the public key. */
    public Key verificationKey() {
        return isSecret() ? secretOrPrivate : publicKey;
    }

    /** The same key with the given JWK {@code kid} and {@code alg}. */
    ParsedKey withJwkMembers(String kid, String alg) {
        return new ParsedKey(secretOrPrivate, publicKey, Optional.ofNullable(kid), Optional.ofNullable(alg));
    }

    @Override
    public String toString() {
        return "ParsedKey[" + KeyValidation.describe(verificationKey()) + ", kid=" + keyId.orElse("-") + "]";
    }
}
