package dev.sessionjwt.internal.token.keys;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.Use;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;

/**
 * The JWK set (RFC 7517) that publishes the public keys of a key ring, the current key first, each with
 * {@code kid}, {@code alg} and {@code use: sig}. It holds public members only: never a private key and
 * never an HMAC secret.
 *
 * <pre>
 * String json = JwksDocument.of(ring); // {"keys":[{"kty":"EC","kid":"...","use":"sig","alg":"ES256",...}]}
 * </pre>
 */
public final class JwksDocument {

    private JwksDocument() {
    }

    /**
     * The JSON of the JWK set.
     *
     * @param ring the key ring, not null
     * @return the document; {@code {"keys":[]}} when the ring has no public key
     */
    public static String of(JwtKeyRing ring) {
        List<JsonWebKey> keys = new ArrayList<>();
        for (JwtKey key : ring.keys()) {
            if (key.isPublic()) {
                keys.add(jwk(key));
            }
        }
        return new JsonWebKeySet(keys).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static JsonWebKey jwk(JwtKey key) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk((PublicKey) key.verificationKey());
            jwk.setKeyId(key.keyId());
            jwk.setAlgorithm(key.algorithm());
            jwk.setUse(Use.SIGNATURE);
            return jwk;
        } catch (JoseException e) {
            throw new IllegalArgumentException("no JWK for " + key, e);
        }
    }
}
