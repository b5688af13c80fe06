package dev.sessionjwt.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Decodes a token's claims without verifying them, for tests that do not hold the key.
 */
final class UnverifiedClaims {

    private UnverifiedClaims() {
    }

    static Map<String, Object> of(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a compact JWS: " + parts.length + " segments");
        }
        try {
            return JsonUtil.parseJson(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (JoseException e) {
            throw new IllegalArgumentException("the payload is not a JSON object", e);
        }
    }
}
