package dev.sessionjwt.internal.token.keys;

import java.security.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.JwtKey;

/**
 * Turns keys read for verification (a reader's configured key, or a fetched JWK set) into {@link JwtKey}s: each
 * with its {@code kid} (the JWK's, else the RFC 7638 thumbprint) and exactly one algorithm (the one asked for,
 * else the JWK's {@code alg}, else the key's default), checked against the key (type, curve, RSA size).
 *
 * <pre>
 * List&lt;JwtKey&gt; keys = VerificationKeys.of(KeyParser.parse(text), Optional.empty());
 * </pre>
 */
public final class VerificationKeys {

    private VerificationKeys() {
    }

    /**
     * @param parsed    the keys as read, not null; private keys contribute their public key
     * @param algorithm the algorithm every key must be used with, if pinned
     * @throws KeyMaterialException for a key that does not fit its algorithm, or an empty list
     */
    public static List<JwtKey> of(List<ParsedKey> parsed, Optional<JwsAlgorithm> algorithm) throws KeyMaterialException {
        List<JwtKey> keys = new ArrayList<>(parsed.size());
        for (ParsedKey key : parsed) {
            keys.add(of(key.verificationKey(), key.keyId(), algorithm.or(() -> key.algorithm()
                    .flatMap(JwsAlgorithm::byName))));
        }
        if (keys.isEmpty()) {
            throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, "no key", "at least one verification key");
        }
        return keys;
    }

    /**
     * The usable signature keys of a fetched JWK set; keys for encryption, secrets, unsupported types and keys
     * that do not fit their {@code alg} are left out (a JWK set endpoint never hands out an HMAC secret).
     *
     * @param jwks the keys of the set, not null
     */
    public static List<JwtKey> ofPublished(List<JsonWebKey> jwks) {
        List<JwtKey> keys = new ArrayList<>();
        for (JsonWebKey jwk : jwks) {
            if (!(jwk instanceof PublicJsonWebKey pub) || (jwk.getUse() != null && !jwk.getUse().equals("sig"))) {
                continue;
            }
            try {
                Optional<JwsAlgorithm> alg = Optional.ofNullable(jwk.getAlgorithm()).flatMap(JwsAlgorithm::byName);
                if (jwk.getAlgorithm() != null && alg.isEmpty()) {
                    continue;
                }
                JwtKey key = of(pub.getPublicKey(), Optional.ofNullable(jwk.getKeyId()), alg);
                if (keys.stream().noneMatch(k -> k.keyId().equals(key.keyId()))) {
                    keys.add(key);
                }
            } catch (KeyMaterialException | RuntimeException e) {
                // a key the reader cannot use is simply not in its ring; its kid is then unknown
            }
        }
        return keys;
    }

    private static JwtKey of(Key verificationKey, Optional<String> keyId, Optional<JwsAlgorithm> algorithm)
            throws KeyMaterialException {
        JwsAlgorithm alg = algorithm.isPresent() ? algorithm.get() : KeyValidation.defaultAlgorithm(verificationKey);
        KeyValidation.check(alg, verificationKey);
        return new JwtKey(keyId.orElseGet(() -> JwtKey.thumbprint(verificationKey)), alg.jwsName(), null,
                verificationKey);
    }
}
