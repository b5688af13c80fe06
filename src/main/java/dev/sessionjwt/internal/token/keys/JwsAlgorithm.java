package dev.sessionjwt.internal.token.keys;

import java.security.Key;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;

import org.jose4j.keys.EllipticCurves;

/**
 * The JWS algorithms the library signs and verifies with, each with the kind of key it needs: HMAC
 * secrets for {@code HS*}, RSA for {@code RS*}/{@code PS*}, one EC curve per {@code ES*}, Ed25519 for
 * {@code EdDSA}.
 */
public enum JwsAlgorithm {
    /** HMAC with SHA-256. */
    HS256("HS256", KeyType.SECRET, 32, null),
    /** HMAC with SHA-384. */
    HS384("HS384", KeyType.SECRET, 48, null),
    /** HMAC with SHA-512. */
    HS512("HS512", KeyType.SECRET, 64, null),
    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    RS256("RS256", KeyType.RSA, 0, null),
    /** RSASSA-PKCS1-v1_5 with SHA-384. */
    RS384("RS384", KeyType.RSA, 0, null),
    /** RSASSA-PKCS1-v1_5 with SHA-512. */
    RS512("RS512", KeyType.RSA, 0, null),
    /** RSASSA-PSS with SHA-256. */
    PS256("PS256", KeyType.RSA, 0, null),
    /** RSASSA-PSS with SHA-384. */
    PS384("PS384", KeyType.RSA, 0, null),
    /** RSASSA-PSS with SHA-512. */
    PS512("PS512", KeyType.RSA, 0, null),
    /** ECDSA on P-256 with SHA-256. */
    ES256("ES256", KeyType.EC, 0, EllipticCurves.P_256),
    /** ECDSA on P-384 with SHA-384. */
    ES384("ES384", KeyType.EC, 0, EllipticCurves.P_384),
    /** ECDSA on P-521 with SHA-512. */
    ES512("ES512", KeyType.EC, 0, EllipticCurves.P_521),
    /** EdDSA with Ed25519. */
    EDDSA("EdDSA", KeyType.EDDSA, 0, "Ed25519");

    /** Smallest RSA modulus accepted, in bits. */
    public static final int MIN_RSA_BITS = 2048;

    /** The kinds of key the algorithms use. */
    public enum KeyType {
        /** A shared HMAC secret. */
        SECRET,
        /** An RSA key pair. */
        RSA,
        /** An elliptic-curve key pair on a NIST curve. */
        EC,
        /** An Edwards-curve key pair. */
        EDDSA
    }

    private final String jwsName;
    private final KeyType keyType;
    private final int minSecretBytes;
    private final String curve;

    JwsAlgorithm(String jwsName, KeyType keyType, int minSecretBytes, String curve) {
        this.jwsName = jwsName;
        this.keyType = keyType;
        this.minSecretBytes = minSecretBytes;
        this.curve = curve;
    }

    /** The {@code alg} header value. */
    public String jwsName() {
        return jwsName;
    }

    /** The kind of key this algorithm needs. */
    public KeyType keyType() {
        return keyType;
    }

    /** Smallest HMAC secret, in bytes (the hash output, RFC 7518 section 3.2); 0 for key pairs. */
    public int minSecretBytes() {
        return minSecretBytes;
    }

    /** The curve an EC or EdDSA key must be on, such as {@code P-256}; null for HMAC and RSA. */
    public String curve() {
        return curve;
    }

    /**
     * The algorithm with this exact {@code alg} name.
     *
     * @param name an {@code alg} value, case-sensitive; null gives empty
     */
    public static Optional<JwsAlgorithm> byName(String name) {
        return Arrays.stream(values()).filter(a -> a.jwsName.equals(name)).findFirst();
    }

    /** Every supported name, for messages. */
    public static String names() {
        return Arrays.stream(values()).map(JwsAlgorithm::jwsName).collect(Collectors.joining(", "));
    }

    /**
     * The algorithm a key is used with when none is configured: HS256 for a secret, RS256 for RSA, the
     * curve's ES algorithm for EC, EdDSA for Ed25519.
     *
     * @param key a secret, private or public key
     * @return empty if the key has no supported type or curve
     */
    public static Optional<JwsAlgorithm> defaultFor(Key key) {
        KeyType type = typeOf(key);
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case SECRET -> Optional.of(HS256);
            case RSA -> Optional.of(RS256);
            case EC, EDDSA -> Arrays.stream(values())
                    .filter(a -> a.keyType == type && a.curve.equals(curveOf(key))).findFirst();
        };
    }

    /** The kind of a key, or null if the library does not support it (DSA, X25519...). */
    public static KeyType typeOf(Key key) {
        if (key instanceof SecretKey) {
            return KeyType.SECRET;
        }
        if (key instanceof RSAKey) {
            return KeyType.RSA;
        }
        if (key instanceof ECKey) {
            return KeyType.EC;
        }
        if (key instanceof EdECKey) {
            return KeyType.EDDSA;
        }
        return null;
    }

    /** The curve name of an EC or Edwards key ({@code P-256}, {@code Ed25519}...), or null for others. */
    public static String curveOf(Key key) {
        if (key instanceof ECKey ec) {
            String name = EllipticCurves.getName(ec.getParams().getCurve());
            return name == null ? "an unnamed curve" : name;
        }
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName();
        }
        return null;
    }
}
