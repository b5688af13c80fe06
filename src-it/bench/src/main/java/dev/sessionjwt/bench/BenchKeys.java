package dev.sessionjwt.bench;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

import dev.sessionjwt.token.JwtKey;

/**
 * The four JWS algorithms the benchmarks compare, each with a fresh key built directly (no configuration)
 * and the JCA algorithm that is its bare primitive.
 */
public enum BenchKeys {
    /** HMAC with SHA-256 over a 48-byte secret. */
    HS256("HmacSHA256"),
    /** RSASSA-PKCS1-v1_5 with SHA-256, 2048-bit key. */
    RS256("SHA256withRSA"),
    /** ECDSA on P-256 with SHA-256; JWS carries R||S, which is JCA's P1363 format. */
    ES256("SHA256withECDSAinP1363Format"),
    /** Ed25519. */
    EdDSA("Ed25519");

    private final String jcaAlgorithm;

    BenchKeys(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** The JCA name of the bare primitive: a {@code Mac} for HS256, a {@code Signature} otherwise. */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /** Whether the primitive is a MAC rather than a signature. */
    public boolean isMac() {
        return this == HS256;
    }

    /** A new key of this algorithm. */
    public JwtKey newKey() {
        try {
            return switch (this) {
                case HS256 -> JwtKey.hmacSha256("benchmark-secret-0123456789abcdef-0123456789abcdef");
                case RS256 -> pair("RSA", 2048);
                case ES256 -> {
                    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                    yield of(generator.generateKeyPair());
                }
                case EdDSA -> of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(name() + " keys cannot be made on this JDK", e);
        }
    }

    private JwtKey pair(String type, int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(type);
        generator.initialize(bits);
        return of(generator.generateKeyPair());
    }

    private JwtKey of(KeyPair pair) {
        return new JwtKey(JwtKey.thumbprint(pair.getPublic()), name(), pair.getPrivate(), pair.getPublic());
    }
}
