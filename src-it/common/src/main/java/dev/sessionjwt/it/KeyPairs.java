package dev.sessionjwt.it;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;

import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** Test-side keys: generated with the JDK, written as PEM, named by their RFC 7638 thumbprint as the library names them. */
public final class KeyPairs {

    private KeyPairs() {
    }

    /** A fresh key pair: {@code "EC"} (P-256) or {@code "RSA"} of the given size. */
    public static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PKCS#8 PEM of the private key. */
    public static String privatePem(KeyPair pair) {
        return pem("PRIVATE KEY", pair.getPrivate().getEncoded());
    }

    /** The X.509 PEM of the public key. */
    public static String publicPem(KeyPair pair) {
        return pem("PUBLIC KEY", pair.getPublic().getEncoded());
    }

    /** The kid the library gives a key pair or an HMAC secret: the RFC 7638 thumbprint. */
    public static String keyId(Key verificationKey) {
        try {
            return verificationKey instanceof PublicKey publicKey
                    ? PublicJsonWebKey.Factory.newPublicJwk(publicKey).calculateBase64urlEncodedThumbprint("SHA-256")
                    : new OctetSequenceJsonWebKey(verificationKey).calculateBase64urlEncodedThumbprint("SHA-256");
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The HMAC key of a secret as the library reads it (its UTF-8 bytes). */
    public static HmacKey hmac(String secret) {
        return new HmacKey(secret.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
