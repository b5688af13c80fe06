package dev.sessionjwt.internal.token.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;

/** Test helper: key pairs generated once per kind with the JDK, and their PEM and JWK texts. */
public final class TestKeys {

    private static final Map<String, KeyPair> PAIRS = new ConcurrentHashMap<>();

    private TestKeys() {
    }

    /** RSA 2048, generated once. */
    public static KeyPair rsa() {
        return pair("RSA", 2048);
    }

    /** A second RSA 2048 key pair. */
    public static KeyPair otherRsa() {
        return PAIRS.computeIfAbsent("RSA-other", k -> generate("RSA", 2048));
    }

    /** RSA of the given size, generated once per size. */
    public static KeyPair rsa(int bits) {
        return pair("RSA", bits);
    }

    /** EC on P-256, P-384 or P-521 (the JDK names secp256r1...). */
    public static KeyPair ec(String jwkCurve) {
        String jdkName = switch (jwkCurve) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw new IllegalArgumentException(jwkCurve);
        };
        return PAIRS.computeIfAbsent(jwkCurve, k -> generateEc(jdkName));
    }

    /** A second EC P-256 key pair. */
    public static KeyPair otherEc() {
        return PAIRS.computeIfAbsent("P-256-other", k -> generateEc("secp256r1"));
    }

    /** An ES256 {@link JwtKey} of an EC P-256 pair, its {@code kid} the public key's thumbprint. */
    public static JwtKey es256(KeyPair pair) {
        return new JwtKey(JwtKey.thumbprint(pair.getPublic()), "ES256", pair.getPrivate(), pair.getPublic());
    }

    /** Ed25519 or Ed448. */
    public static KeyPair edwards(String curve) {
        return PAIRS.computeIfAbsent(curve, k -> generate(curve, 0));
    }

    /** A key pair by kind: {@code RSA} (2048), {@code P-256}, {@code P-384}, {@code P-521}, {@code Ed25519} or {@code Ed448}. */
    public static KeyPair byKind(String kind) {
        return switch (kind) {
            case "RSA" -> rsa();
            case "Ed25519", "Ed448" -> edwards(kind);
            default -> ec(kind);
        };
    }

    /** The key pair for an algorithm: RSA 2048 for RS and PS, the curve for ES, Ed25519 for EdDSA. */
    public static KeyPair forAlgorithm(JwsAlgorithm algorithm) {
        return switch (algorithm.keyType()) {
            case RSA -> rsa();
            case EC -> ec(algorithm.curve());
            case EDDSA -> edwards("Ed25519");
            case SECRET -> throw new IllegalArgumentException("no key pair for " + algorithm);
        };
    }

    /** A signing key for an algorithm (the thumbprint as kid): a secret of the minimum size, or the key pair. */
    public static JwtKey jwtKey(JwsAlgorithm algorithm) {
        if (algorithm.keyType() == JwsAlgorithm.KeyType.SECRET) {
            HmacKey key = new HmacKey(secret(algorithm.minSecretBytes()).getBytes(StandardCharsets.UTF_8));
            return new JwtKey(JwtKey.thumbprint(key), algorithm.jwsName(), key, key);
        }
        KeyPair pair = forAlgorithm(algorithm);
        return new JwtKey(JwtKey.thumbprint(pair.getPublic()), algorithm.jwsName(), pair.getPrivate(), pair.getPublic());
    }

    /** The same key kept only to verify. */
    public static JwtKey verificationOnly(JwtKey key) {
        return new JwtKey(key.keyId(), key.algorithm(), null, key.verificationKey());
    }

    /** An HMAC secret of exactly {@code bytes} bytes of ASCII. */
    public static String secret(int bytes) {
        return "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!#".repeat(4).substring(0, bytes);
    }

    /** A PEM block of the given type around DER bytes, 64 characters a line. */
    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** The PKCS#8 PEM of a private key. */
    public static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** The X.509 SubjectPublicKeyInfo PEM of a public key. */
    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** A JWK of a key pair with its private members, and optionally kid and alg. */
    public static String privateJwk(KeyPair pair, String kid, String alg) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
            jwk.setPrivateKey(pair.getPrivate());
            jwk.setKeyId(kid);
            jwk.setAlgorithm(alg);
            return jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWK of a public key, optionally with kid and alg. */
    public static String publicJwk(KeyPair pair, String kid, String alg) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
            jwk.setKeyId(kid);
            jwk.setAlgorithm(alg);
            return jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An {@code oct} JWK of a secret's UTF-8 bytes. */
    public static String octJwk(String secret, String kid) {
        OctetSequenceJsonWebKey jwk = new OctetSequenceJsonWebKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        jwk.setKeyId(kid);
        return jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_SYMMETRIC);
    }

    /** The text of a test resource under {@code /keys/}. */
    public static String resource(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/keys/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /keys/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether two keys have the same encoding. */
    public static boolean same(Key a, Key b) {
        return Arrays.equals(a.getEncoded(), b.getEncoded());
    }

    private static KeyPair pair(String algorithm, int bits) {
        return PAIRS.computeIfAbsent(algorithm + bits, k -> generate(algorithm, bits));
    }

    private static KeyPair generateEc(String jdkCurveName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(jdkCurveName));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (bits > 0) {
                generator.initialize(bits);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
