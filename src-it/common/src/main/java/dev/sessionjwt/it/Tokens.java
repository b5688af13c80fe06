package dev.sessionjwt.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.demo.DemoArchive;

/** Test-side token helpers: decode without verifying, sign crafted tokens, pick cookies out of responses. */
public final class Tokens {

    private Tokens() {
    }

    /** The demo application's ES256 private key (demo-only), read with the JDK from the demo's own PEM file. */
    public static PrivateKey demoPrivateKey() {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(
                    pemBody("demo-only-es256-private-key.pem")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo application's public key, from the demo's own PEM file. */
    public static PublicKey demoPublicKey() {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(
                    pemBody("demo-only-es256-public-key.pem")));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo key's id: the RFC 7638 thumbprint of its public key. */
    public static String demoKeyId() {
        try {
            return PublicJsonWebKey.Factory.newPublicJwk(demoPublicKey()).calculateBase64urlEncodedThumbprint("SHA-256");
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs the given claims as the demo does: ES256 with the demo's key, its kid and {@code typ: JWT}. */
    public static String signDemo(Map<String, Object> claims) {
        return sign(demoPrivateKey(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, demoKeyId(), claims);
    }

    /**
     * Signs the given claims with any key and algorithm.
     *
     * @param kid the {@code kid} header, or null for none
     */
    public static String sign(Key key, String algorithm, String kid, Map<String, Object> claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(JsonUtil.toJson(claims));
        jws.setAlgorithmHeaderValue(algorithm);
        if (kid != null) {
            jws.setKeyIdHeaderValue(kid);
        }
        jws.setHeader("typ", "JWT");
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded JOSE header of a compact token. */
    public static Map<String, Object> header(String compact) {
        return json(compact.split("\\.")[0]);
    }

    /** The decoded claims of a compact token (not verified). */
    public static Map<String, Object> claims(String compact) {
        return json(compact.split("\\.")[1]);
    }

    /** Signs the given claims with HS256 and the given secret, without {@code kid}. */
    public static String signHs256(String secret, Map<String, Object> claims) {
        return sign(new HmacKey(secret.getBytes(StandardCharsets.UTF_8)), AlgorithmIdentifiers.HMAC_SHA256, null,
                claims);
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

    /** The DER bytes of a PEM file of the demo (its comment lines and armour dropped). */
    private static byte[] pemBody(String file) {
        Path path = Path.of(DemoArchive.WEB_RESOURCES, "WEB-INF/classes", file);
        try {
            String base64 = Files.readAllLines(path).stream().filter(l -> !l.startsWith("#") && !l.startsWith("-----"))
                    .collect(Collectors.joining());
            return Base64.getDecoder().decode(base64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> json(String segment) {
        return parse(new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8));
    }

    /**
     * How the ended-sessions feed and a logout token's {@code sid} name a session, computed here from their definition
     * (not with the library's code): the first 16 bytes of SHA-256 over the id, base64url without padding.
     */
    public static String sessionHash(String sessionId) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
