package dev.sessionjwt.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.demo.DemoArchive;

/** Test-side token helpers: decode without verifying, sign crafted tokens, pick cookies out of responses. */
public final class Tokens {

    private Tokens() {
    }

    /** The demo application's HMAC secret, read from the demo's own configuration file. */
    public static String demoSecret() {
        Path file = Path.of(DemoArchive.WEB_RESOURCES, "WEB-INF/classes/META-INF/microprofile-config.properties");
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("session-jwt.key");
    }

    /** The decoded JOSE header of a compact token. */
    public static Map<String, Object> header(String compact) {
        return json(compact.split("\\.")[0]);
    }

    /** The decoded claims of a compact token (not verified). */
    public static Map<String, Object> claims(String compact) {
        return json(compact.split("\\.")[1]);
    }

    /** Signs the given claims with HS256 and the given secret. */
    public static String signHs256(String secret, Map<String, Object> claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(claims));
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)));
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of the one Set-Cookie header for {@code name}; fails unless there is exactly one. */
    public static String cookieValue(HttpResult result, String name) {
        List<String> headers = result.setCookies(name);
        if (headers.size() != 1) {
            throw new AssertionError("expected exactly one Set-Cookie for " + name + " but got " + headers);
        }
        String header = headers.get(0);
        int end = header.indexOf(';');
        return header.substring(name.length() + 1, end < 0 ? header.length() : end);
    }

    /** A Cookie request header entry {@code name=value}. */
    public static String cookie(String name, String value) {
        return name + "=" + value;
    }

    /** Parses a JSON object answer (the demo API's). */
    public static Map<String, Object> parse(String json) {
        try {
            return JsonUtil.parseJson(json);
        } catch (JoseException e) {
            throw new AssertionError("not a JSON object: " + json, e);
        }
    }

    private static Map<String, Object> json(String segment) {
        return parse(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
    }
}
