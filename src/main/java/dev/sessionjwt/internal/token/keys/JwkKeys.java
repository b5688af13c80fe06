package dev.sessionjwt.internal.token.keys;

import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OctetSequenceJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.internal.message.Message;

/**
 * Reads a JWK or a JWK set (RFC 7517) with jose4j: {@code oct} keys become HMAC secrets, {@code RSA},
 * {@code EC} and {@code OKP} keys become key pairs (with private members) or public keys; {@code kid} and
 * {@code alg} are kept.
 */
public final class JwkKeys {

    private static final String EXPECTED = "a JWK or a JWK set ({\"keys\":[...]}) of oct, RSA, EC or OKP keys"
            + " for signing (RFC 7517)";

    private JwkKeys() {
    }

    /** Whether the text looks like JSON (starts with a brace). */
    public static boolean isJwk(String text) {
        return text.startsWith("{");
    }

    /**
     * The keys of a JWK (one) or a JWK set (in order).
     *
     * @param text the JSON document
     * @throws KeyMaterialException ({@code SJWT0031}) for invalid JSON, a key jose4j cannot
     *                              read, an encryption key ({@code use} other than {@code sig}) or an empty
     *                              set; ({@code SJWT0036}) for private members that do not
     *                              belong to the public ones
     */
    public static List<ParsedKey> parse(String text) throws KeyMaterialException {
        List<JsonWebKey> jwks;
        try {
            Map<String, Object> json = JsonUtil.parseJson(text);
            jwks = json.containsKey(JsonWebKeySet.JWK_SET_MEMBER_NAME)
                    ? new JsonWebKeySet(text).getJsonWebKeys() : List.of(JsonWebKey.Factory.newJwk(json));
        } catch (JoseException | RuntimeException e) {
            throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, "JSON that is not a valid JWK or JWK set",
                    EXPECTED);
        }
        if (jwks.isEmpty()) {
            throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, "a JWK set without a supported key", EXPECTED);
        }
        List<ParsedKey> keys = new ArrayList<>(jwks.size());
        for (JsonWebKey jwk : jwks) {
            keys.add(toKey(jwk).withJwkMembers(jwk.getKeyId(), jwk.getAlgorithm()));
        }
        return keys;
    }

    private static ParsedKey toKey(JsonWebKey jwk) throws KeyMaterialException {
        String name = "a JWK" + (jwk.getKeyId() == null ? "" : " with kid \"" + jwk.getKeyId() + "\"");
        if (jwk.getUse() != null && !jwk.getUse().equals("sig")) {
            throw new KeyMaterialException(Message.KEY_TEXT_UNUSABLE, name + " for use \"" + jwk.getUse() + "\"",
                    "keys for signatures: \"use\":\"sig\" or no \"use\"");
        }
        if (jwk instanceof OctetSequenceJsonWebKey oct) {
            return ParsedKey.secret(new HmacKey(oct.getOctetSequence()));
        }
        PublicJsonWebKey pair = (PublicJsonWebKey) jwk;
        PrivateKey privateKey = pair.getPrivateKey();
        if (privateKey == null) {
            return ParsedKey.publicOnly(pair.getPublicKey());
        }
        if (!PublicKeys.matches(privateKey, pair.getPublicKey())) {
            throw new KeyMaterialException(Message.KEY_MISMATCH, name + " whose private members do not belong to its"
                    + " public members", "a JWK whose d (and p, q...) belong to its n and e, or x and y");
        }
        return ParsedKey.pair(privateKey, pair.getPublicKey());
    }
}
