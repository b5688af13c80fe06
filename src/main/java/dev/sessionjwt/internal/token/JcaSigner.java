package dev.sessionjwt.internal.token;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;

import javax.crypto.Mac;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;

/**
 * Signs a session token's compact JWS with the platform's JCA primitive directly: the key's header segment is
 * encoded once, ECDSA signs in the IEEE P1363 form ({@code r || s}) that JWS uses, and the initialized
 * {@link Signature} or {@link Mac} objects (not thread-safe, and costly to look up and initialize for every token)
 * are reused through a small pool. It writes exactly what jose4j writes for the same header and payload; jose4j
 * still does all verification and the JWK work. For a key whose algorithm the platform cannot sign this way, or
 * whose output fails a check against jose4j's verification at start-up, {@link #forKey} answers null and the
 * issuer signs through jose4j.
 *
 * <pre>
 * JcaSigner signer = JcaSigner.forKey(key);            // null: sign with jose4j
 * String compact = signer.sign(claims.toJson());
 * </pre>
 */
final class JcaSigner {

    private static final int POOL = 16;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final JwtKey key;
    private final String headerDot;
    private final ArrayBlockingQueue<Object> pool = new ArrayBlockingQueue<>(POOL);

    private JcaSigner(JwtKey key) {
        this.key = key;
        this.headerDot = TokenIssuer.encodedHeader(key) + ".";
    }

    /**
     * A signer for the key, checked once against jose4j's verification.
     *
     * @param key a key that can sign, not null
     * @return the signer, or null when jose4j must sign with this key
     */
    static JcaSigner forKey(JwtKey key) {
        try {
            JcaSigner signer = new JcaSigner(key);
            String probe = signer.sign("{\"probe\":\"" + key.algorithm() + "\"}");
            JsonWebSignature jws = new JsonWebSignature();
            jws.setCompactSerialization(probe);
            jws.setKey(key.verificationKey());
            return jws.getAlgorithmHeaderValue().equals(key.algorithm()) && jws.verifySignature() ? signer : null;
        } catch (GeneralSecurityException | JoseException | RuntimeException e) {
            return null;
        }
    }

    /**
     * @param payloadJson the claims as JSON, not null
     * @return the compact token: header, payload and signature, base64url, joined by dots
     * @throws GeneralSecurityException if the primitive fails
     */
    String sign(String payloadJson) throws GeneralSecurityException {
        String signingInput = headerDot + BASE64URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        byte[] input = signingInput.getBytes(StandardCharsets.US_ASCII);
        Object primitive = pool.poll();
        if (primitive == null) {
            primitive = newPrimitive();
        }
        byte[] signature;
        if (primitive instanceof Mac mac) {
            signature = mac.doFinal(input);
        } else {
            Signature sig = (Signature) primitive;
            sig.update(input);
            signature = sig.sign();
        }
        pool.offer(primitive); // both are ready for the next use after doFinal/sign; a full pool drops it
        return signingInput + "." + BASE64URL.encodeToString(signature);
    }

    private Object newPrimitive() throws GeneralSecurityException {
        String algorithm = key.algorithm();
        String digest = "SHA" + algorithm.substring(2); // SHA256, SHA384, SHA512 for the HS, RS, PS and ES families
        switch (algorithm.substring(0, 2)) {
            case "HS" -> {
                Mac mac = Mac.getInstance("Hmac" + digest);
                mac.init(key.signingKey());
                return mac;
            }
            case "RS" -> {
                return signature(digest + "withRSA", null);
            }
            case "PS" -> {
                String hash = "SHA-" + algorithm.substring(2);
                int bytes = Integer.parseInt(algorithm.substring(2)) / 8;
                return signature("RSASSA-PSS", new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), bytes,
                        PSSParameterSpec.TRAILER_FIELD_BC));
            }
            case "ES" -> {
                return signature(digest + "withECDSAinP1363Format", null);
            }
            case "Ed" -> {
                return signature("Ed25519", null);
            }
            default -> throw new GeneralSecurityException("no JCA signature for " + algorithm);
        }
    }

    private Signature signature(String jcaName, AlgorithmParameterSpec parameters) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(jcaName);
        if (parameters != null) {
            signature.setParameter(parameters);
        }
        signature.initSign((PrivateKey) key.signingKey());
        return signature;
    }
}
