package dev.sessionjwt.internal.token.keys;

import java.math.BigInteger;
import java.security.Key;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECFieldFp;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm.KeyType;

/**
 * Refuses keys that are weak or do not fit their algorithm: a key of another kind, an HMAC secret shorter
 * than the hash output, an RSA modulus under {@value JwsAlgorithm#MIN_RSA_BITS} bits, an EC or Edwards key
 * on another curve than the algorithm's. Also describes keys for messages without revealing them.
 */
public final class KeyValidation {

    private KeyValidation() {
    }

    /**
     * Checks that a key may be used with an algorithm.
     *
     * @param algorithm the algorithm, not null
     * @param key       the secret, private or public key, not null
     * @throws KeyMaterialException with one of this class's ids when it may not
     */
    public static void check(JwsAlgorithm algorithm, Key key) throws KeyMaterialException {
        Objects.requireNonNull(algorithm, "algorithm");
        KeyType type = JwsAlgorithm.typeOf(key);
        if (type != algorithm.keyType()) {
            throw new KeyMaterialException(Message.WRONG_KEY_TYPE, describe(key) + " for " + algorithm.jwsName(),
                    kindFor(algorithm) + " for " + algorithm.jwsName() + (type == null ? ""
                            : ", or session-jwt.algorithm set to one of " + algorithmsFor(type) + " to fit this key"));
        }
        switch (type) {
            case SECRET -> {
                int length = key.getEncoded().length;
                if (length < algorithm.minSecretBytes()) {
                    throw new KeyMaterialException(Message.SECRET_TOO_SHORT, "a secret of " + length + " bytes",
                            algorithm.minSecretBytes(), algorithm.jwsName(), algorithm.minSecretBytes() * 3 / 2);
                }
            }
            case RSA -> {
                int bits = ((RSAKey) key).getModulus().bitLength();
                if (bits < JwsAlgorithm.MIN_RSA_BITS) {
                    throw new KeyMaterialException(Message.WEAK_RSA, describe(key), JwsAlgorithm.MIN_RSA_BITS);
                }
            }
            case EC, EDDSA -> {
                if (key instanceof ECPublicKey ec && !onCurve(ec)) {
                    throw new KeyMaterialException(Message.WRONG_CURVE, "an EC public key whose point is not on "
                            + JwsAlgorithm.curveOf(key), "a valid EC public key");
                }
                if (!algorithm.curve().equals(JwsAlgorithm.curveOf(key))) {
                    throw new KeyMaterialException(Message.WRONG_CURVE, describe(key) + " for " + algorithm.jwsName(),
                            kindFor(algorithm) + " for " + algorithm.jwsName() + ", or session-jwt.algorithm set to"
                                    + " the algorithm of the key's curve (ES256 for P-256, ES384 for P-384, ES512 for"
                                    + " P-521, EdDSA for Ed25519)");
                }
            }
        }
    }

    /** Whether the point of an EC public key lies on its curve: y^2 = x^3 + ax + b (mod p), coordinates below p. */
    private static boolean onCurve(ECPublicKey key) {
        EllipticCurve curve = key.getParams().getCurve();
        if (!(curve.getField() instanceof ECFieldFp field)) {
            return false;
        }
        BigInteger p = field.getP();
        BigInteger x = key.getW().getAffineX();
        BigInteger y = key.getW().getAffineY();
        if (x == null || y == null || x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return y.multiply(y).mod(p).equals(right);
    }

    /**
     * The algorithm a key is used with when none is configured ({@link JwsAlgorithm#defaultFor}).
     *
     * @param key a secret, private or public key, not null
     * @throws KeyMaterialException ({@code SJWT0033}, {@code SJWT0035}) for a key of an unsupported
     *                              type or curve
     */
    public static JwsAlgorithm defaultAlgorithm(Key key) throws KeyMaterialException {
        Optional<JwsAlgorithm> algorithm = JwsAlgorithm.defaultFor(key);
        if (algorithm.isPresent()) {
            return algorithm.get();
        }
        KeyType type = JwsAlgorithm.typeOf(key);
        throw new KeyMaterialException(type == null ? Message.WRONG_KEY_TYPE : Message.WRONG_CURVE, describe(key),
                "an HMAC secret, an RSA key, an EC key on P-256, P-384 or P-521, or an Ed25519 key");
    }

    /** A description of a key that reveals nothing secret: its kind and size or curve. */
    public static String describe(Key key) {
        KeyType type = JwsAlgorithm.typeOf(key);
        if (type == null) {
            return "a key of the unsupported type " + key.getAlgorithm();
        }
        return switch (type) {
            case SECRET -> "a secret of " + key.getEncoded().length + " bytes";
            case RSA -> "an RSA key of " + ((RSAKey) key).getModulus().bitLength() + " bits";
            case EC -> "an EC key on " + JwsAlgorithm.curveOf(key);
            case EDDSA -> "an " + JwsAlgorithm.curveOf(key) + " key";
        };
    }

    private static String kindFor(JwsAlgorithm algorithm) {
        return switch (algorithm.keyType()) {
            case SECRET -> "an HMAC secret";
            case RSA -> "an RSA key";
            case EC -> "an EC key on " + algorithm.curve();
            case EDDSA -> "an " + algorithm.curve() + " key";
        };
    }

    private static String algorithmsFor(KeyType type) {
        return Arrays.stream(JwsAlgorithm.values()).filter(a -> a.keyType() == type)
                .map(JwsAlgorithm::jwsName).collect(Collectors.joining(", "));
    }
}
