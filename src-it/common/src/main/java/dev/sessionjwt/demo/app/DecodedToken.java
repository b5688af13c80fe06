package dev.sessionjwt.demo.app;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.sessionjwt.servlet.RequestAttributes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The request's current token, split into its header and claims for display. It decodes without verifying: the
 * library has already verified it.
 *
 * @param raw    the compact token, or null without a session; for its length only, never to be shown (it is HttpOnly)
 * @param header the decoded JOSE header
 * @param claims the decoded claims
 */
public record DecodedToken(String raw, JsonObject header, JsonObject claims) {

    /** The token valid for the request's session now, or an empty one. */
    public static DecodedToken of(HttpServletRequest request) {
        Object token = request.getAttribute(RequestAttributes.TOKEN);
        if (!(token instanceof String raw)) {
            return new DecodedToken(null, JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_OBJECT);
        }
        String[] parts = raw.split("\\.");
        return new DecodedToken(raw, decode(parts[0]), decode(parts[1]));
    }

    private static JsonObject decode(String segment) {
        String json = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
