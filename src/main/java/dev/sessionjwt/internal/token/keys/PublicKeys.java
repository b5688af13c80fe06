package dev.sessionjwt.internal.token.keys;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import java.util.Arrays;
import java.util.List;

import javax.crypto.KeyAgreement;

import dev.sessionjwt.internal.message.Message;

/**
 * Derives the public key of a private key with the JDK alone, and checks that a public key belongs to a
 * private key (a probe signature). RSA takes the modulus and exponent of the CRT key; EC and Ed25519 take
 * the x (or u) coordinate from a key agreement with the curve's base point, recover the point and keep the
 * candidate that verifies a probe signature.
 */
public final class PublicKeys {

    private static final byte[] PROBE = "session-jwt key pair probe".getBytes(StandardCharsets.US_ASCII);
    private static final BigInteger ED25519_P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));

    private PublicKeys() {
    }

    /**
     * The public key of a private key.
     *
     * @param privateKey an RSA (CRT), EC (on a curve whose prime is 3 mod 4, as all NIST curves) or Ed25519 key
     * @throws KeyMaterialException ({@code SJWT0036}) when it cannot be derived
     */
    public static PublicKey derive(PrivateKey privateKey) throws KeyMaterialException {
        try {
            if (privateKey instanceof RSAPrivateCrtKey rsa) {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (privateKey instanceof ECPrivateKey ec) {
                return ecPublicKey(ec);
            }
            if (privateKey instanceof EdECPrivateKey ed && NamedParameterSpec.ED25519.getName().equals(
                    ed.getParams().getName())) {
                return ed25519PublicKey(ed);
            }
        } catch (GeneralSecurityException | ArithmeticException e) {
            // falls through to the problem below
        }
        throw new KeyMaterialException(Message.KEY_MISMATCH, "a private key (" + KeyValidation.describe(privateKey)
                + ") whose public key cannot be derived", "the public key in session-jwt.public-key, or an RSA,"
                + " EC (P-256, P-384, P-521) or Ed25519 private key");
    }

    /**
     * Whether a public key belongs to a private key: a probe signed with the one verifies with the other.
     *
     * @param privateKey the private key, not null
     * @param publicKey  the public key, not null
     */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        String algorithm = switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> "EdDSA";
        };
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(privateKey);
            signer.update(PROBE);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(PROBE);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static PublicKey ecPublicKey(ECPrivateKey key) throws GeneralSecurityException {
        ECParameterSpec params = key.getParams();
        BigInteger p = ((ECFieldFp) params.getCurve().getField()).getP();
        if (!p.testBit(0) || !p.testBit(1)) {
            throw new GeneralSecurityException("square roots need p = 3 mod 4");
        }
        KeyFactory factory = KeyFactory.getInstance("EC");
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(key);
        ecdh.doPhase(factory.generatePublic(new ECPublicKeySpec(params.getGenerator(), params)), true);
        BigInteger x = new BigInteger(1, ecdh.generateSecret());
        BigInteger ySquared = x.pow(3).add(params.getCurve().getA().multiply(x)).add(params.getCurve().getB()).mod(p);
        BigInteger y = ySquared.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
        for (BigInteger candidate : List.of(y, p.subtract(y))) {
            PublicKey publicKey = factory.generatePublic(new ECPublicKeySpec(new ECPoint(x, candidate), params));
            if (matches(key, publicKey)) {
                return publicKey;
            }
        }
        throw new GeneralSecurityException("no candidate point verifies");
    }

    /** Ed25519: u of the X25519 product with the clamped hash of the seed, then y = (u - 1) / (u + 1). */
    private static PublicKey ed25519PublicKey(EdECPrivateKey key) throws GeneralSecurityException {
        byte[] seed = key.getBytes().orElseThrow(() -> new GeneralSecurityException("no seed"));
        byte[] scalar = Arrays.copyOf(MessageDigest.getInstance("SHA-512").digest(seed), 32);
        KeyFactory xdh = KeyFactory.getInstance("XDH");
        KeyAgreement x25519 = KeyAgreement.getInstance("XDH");
        x25519.init(xdh.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar)));
        x25519.doPhase(xdh.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, BigInteger.valueOf(9))), true);
        byte[] littleEndian = x25519.generateSecret();
        byte[] bigEndian = new byte[littleEndian.length];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[i] = littleEndian[littleEndian.length - 1 - i];
        }
        BigInteger u = new BigInteger(1, bigEndian);
        BigInteger y = u.subtract(BigInteger.ONE).multiply(u.add(BigInteger.ONE).modInverse(ED25519_P)).mod(ED25519_P);
        KeyFactory ed = KeyFactory.getInstance("Ed25519");
        for (boolean xOdd : new boolean[] {false, true}) {
            PublicKey publicKey = ed.generatePublic(new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(xOdd, y)));
            if (matches(key, publicKey)) {
                return publicKey;
            }
        }
        throw new GeneralSecurityException("no candidate point verifies");
    }
}
