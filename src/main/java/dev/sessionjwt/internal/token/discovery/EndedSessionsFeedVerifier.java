package dev.sessionjwt.internal.token.discovery;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;

/**
 * Verifies a fetched ended-sessions feed and reads its payload ({@link EndedSessionsFeed}): a compact JWS whose
 * {@code typ} is {@value EndedSessionsFeed#TYPE}, whose {@code kid} names a key of the reader's current key ring,
 * signed with exactly that key's algorithm, with no header that brings a key or an extension ({@code jku},
 * {@code jwk}, {@code x5u}, {@code x5c}, {@code crit}, ...), and whose {@code iss} is the reader's issuer when the
 * reader expects one. A feed that fails any check is refused whole.
 *
 * <pre>
 * EndedSessionsFeed feed = new EndedSessionsFeedVerifier(jwks::keys, jwks::refresh, issuer).verify(body);
 * </pre>
 */
public final class EndedSessionsFeedVerifier {

    private static final List<String> FORBIDDEN_HEADERS =
            List.of("jku", "jwk", "x5u", "x5c", "x5t", "x5t#S256", "crit", "b64", "zip", "enc");

    private final Supplier<JwtKeyRing> keys;
    private final Runnable unknownKeyId;
    private final Optional<String> issuer;

    /**
     * @param keys         the reader's current key ring (null while it has none), not null
     * @param unknownKeyId called when a feed names a {@code kid} the ring lacks, so a followed JWK set is fetched
     *                     again (a key rotation); not null
     * @param issuer       the {@code iss} the feed must carry, if the reader expects one, not null
     */
    public EndedSessionsFeedVerifier(Supplier<JwtKeyRing> keys, Runnable unknownKeyId, Optional<String> issuer) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.unknownKeyId = Objects.requireNonNull(unknownKeyId, "unknownKeyId");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    /**
     * @param body the response body, not null
     * @return the verified feed
     * @throws IllegalArgumentException saying which check failed, never quoting the body
     */
    public EndedSessionsFeed verify(String body) {
        EndedSessionsFeed feed = EndedSessionsFeed.fromClaims(verifiedPayload(body, EndedSessionsFeed.TYPE));
        if (issuer.isPresent() && !issuer.equals(feed.issuer())) {
            throw new IllegalArgumentException("the feed's iss is " + printable(feed.issuer().orElse("(none)")) + ", not "
                    + issuer.get());
        }
        return feed;
    }

    /**
     * The payload of another JWS the application signs for readers (a back-channel logout token), under the same
     * checks but for its own {@code typ}; its claims are the caller's to check.
     *
     * @param compact the compact JWS, not null
     * @param type    the {@code typ} it must carry
     * @return the payload's members
     * @throws IllegalArgumentException saying which check failed, never quoting the JWS
     */
    public Map<String, Object> verifiedPayload(String compact, String type) {
        JsonWebSignature jws = new JsonWebSignature();
        try {
            jws.setCompactSerialization(compact.strip());
        } catch (JoseException | RuntimeException e) {
            throw new IllegalArgumentException("the body is not a compact JWS");
        }
        if (!type.equals(jws.getHeader("typ"))) {
            throw new IllegalArgumentException("the JWS typ is not " + type);
        }
        for (String name : FORBIDDEN_HEADERS) {
            if (jws.getHeaders().getObjectHeaderValue(name) != null) {
                throw new IllegalArgumentException("the JWS header '" + name + "' is never accepted");
            }
        }
        JwtKey key = keyNamedBy(jws.getKeyIdHeaderValue());
        jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                key.algorithm()));
        jws.setKey(key.verificationKey());
        boolean verified;
        try {
            verified = jws.verifySignature();
        } catch (JoseException | RuntimeException e) {
            throw new IllegalArgumentException("the JWS alg " + printable(jws.getAlgorithmHeaderValue())
                    + " is refused with the key " + key.keyId() + ", whose only algorithm is " + key.algorithm());
        }
        if (!verified) {
            throw new IllegalArgumentException("the signature does not verify with the key " + key.keyId());
        }
        Map<String, Object> members;
        try {
            members = JsonUtil.parseJson(jws.getPayload());
        } catch (JoseException | RuntimeException e) {
            throw new IllegalArgumentException("the payload is not a JSON object");
        }
        if (members == null) {
            throw new IllegalArgumentException("the payload is not a JSON object");
        }
        return members;
    }

    private JwtKey keyNamedBy(String keyId) {
        if (keyId == null) {
            throw new IllegalArgumentException("the JWS has no kid");
        }
        JwtKeyRing ring = keys.get();
        JwtKey key = ring == null ? null : ring.forKeyId(keyId);
        if (key == null) {
            unknownKeyId.run();
            throw new IllegalArgumentException("the kid " + printable(keyId) + " names no key of the reader's key ring");
        }
        return key;
    }

    /** A header value for a message: printable ASCII, at most 64 characters. */
    private static String printable(String value) {
        String text = String.valueOf(value).replaceAll("[^\\x20-\\x7e]", "?");
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
