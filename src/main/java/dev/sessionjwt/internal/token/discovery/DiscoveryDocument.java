package dev.sessionjwt.internal.token.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm;

/**
 * The discovery document of an application ({@code application/json}, at {@code session-jwt.discovery.path}): what a
 * reader needs to verify the cookie and read its claims, so a reader is configured by one URL. Its members:
 *
 * <pre>
 * {
 *   "issuer": "https://shop.example.com",          (only when session-jwt.issuer is set)
 *   "audience": "orders",                           (only when session-jwt.audience is set)
 *   "jwks_uri": "/shop/.well-known/jwks.json",      (a reference resolved against the document's own URL)
 *   "cookie_name": "JSESSIONID",
 *   "session_field": "sk",
 *   "claim_names": {"e": "email"},                  (short name in the token to long name)
 *   "algorithms": ["ES256"],                        (of every key in the JWK set, current first)
 *   "ended_sessions_uri": "/shop/.well-known/session-jwt-ended",   (only when the feed is published)
 *   "backchannel_logout": false
 * }
 * </pre>
 *
 * <p>{@code jwks_uri} and {@code ended_sessions_uri} are path-absolute references, resolved against the URL the document was fetched from (RFC 3986
 * section 5), never a URL built from the request's {@code Host}: a proxy in front keeps it right, and a forged
 * {@code Host} cannot change a document that caches keep. Readers ignore members they do not know.
 *
 * @param issuer            the {@code iss} every token carries, if any
 * @param audience          the {@code aud} every token carries, if any
 * @param jwksUri           the JWK set's URI reference, not null
 * @param cookieName        the name of the cookie that carries the token, not null
 * @param sessionField      the claim that carries the session id, not null
 * @param claimNames        short-to-long claim names, not null
 * @param algorithms        the JWS algorithms of the published keys (the JWK set's), not empty
 * @param endedSessionsUri  the ended-sessions feed's URI reference ({@link EndedSessionsFeed}), if it is published
 * @param backchannelLogout whether the application sends back-channel logout tokens
 */
public record DiscoveryDocument(Optional<String> issuer, Optional<String> audience, String jwksUri, String cookieName,
                                String sessionField, Map<String, String> claimNames, List<String> algorithms,
                                Optional<String> endedSessionsUri, boolean backchannelLogout) {

    /** The media type it is served with. */
    public static final String MEDIA_TYPE = "application/json";

    /** Checks and freezes the components. */
    public DiscoveryDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(jwksUri, "jwksUri");
        Objects.requireNonNull(cookieName, "cookieName");
        Objects.requireNonNull(sessionField, "sessionField");
        Objects.requireNonNull(endedSessionsUri, "endedSessionsUri");
        claimNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claimNames));
        algorithms = List.copyOf(algorithms);
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("no algorithm");
        }
    }

    /** The document as JSON, members in the order above. */
    public String toJson() {
        Map<String, Object> members = new LinkedHashMap<>();
        issuer.ifPresent(value -> members.put("issuer", value));
        audience.ifPresent(value -> members.put("audience", value));
        members.put("jwks_uri", jwksUri);
        members.put("cookie_name", cookieName);
        members.put("session_field", sessionField);
        members.put("claim_names", claimNames);
        members.put("algorithms", algorithms);
        endedSessionsUri.ifPresent(value -> members.put("ended_sessions_uri", value));
        members.put("backchannel_logout", backchannelLogout);
        return JsonUtil.toJson(members);
    }

    /**
     * The JWK set's URL.
     *
     * @param documentUrl the URL the document was fetched from, not null
     */
    public URI jwksLocation(URI documentUrl) {
        return documentUrl.resolve(jwksUri);
    }

    /**
     * The ended-sessions feed's URL, if the application publishes it.
     *
     * @param documentUrl the URL the document was fetched from, not null
     */
    public Optional<URI> endedSessionsLocation(URI documentUrl) {
        return endedSessionsUri.map(documentUrl::resolve);
    }

    /**
     * Reads a document a reader fetched.
     *
     * @param json the body, not null
     * @return the document
     * @throws IllegalArgumentException saying which member is missing or malformed, never quoting the body
     */
    public static DiscoveryDocument parse(String json) {
        Map<String, Object> members;
        try {
            members = JsonUtil.parseJson(json);
        } catch (JoseException | RuntimeException e) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        if (members == null) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        String jwksUri = reference(members, "jwks_uri").orElseThrow(() -> missing("jwks_uri"));
        String sessionField = text(members, "session_field").orElseThrow(() -> missing("session_field"));
        if (!ClaimNames.isWellFormed(sessionField)) {
            throw new IllegalArgumentException("session_field is not a claim name");
        }
        return new DiscoveryDocument(text(members, "issuer"), text(members, "audience"), jwksUri,
                text(members, "cookie_name").orElseThrow(() -> missing("cookie_name")), sessionField,
                claimNames(members.get("claim_names")), algorithms(members.get("algorithms")),
                reference(members, "ended_sessions_uri"), Boolean.TRUE.equals(members.get("backchannel_logout")));
    }

    private static Optional<String> reference(Map<String, Object> members, String name) {
        Optional<String> value = text(members, name);
        try {
            if (value.isPresent()) {
                new URI(value.get());
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URI reference");
        }
        return value;
    }

    private static Optional<String> text(Map<String, Object> members, String name) {
        Object value = members.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text) || text.isEmpty()) {
            throw new IllegalArgumentException(name + " is not a non-empty string");
        }
        return Optional.of(text);
    }

    private static Map<String, String> claimNames(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("claim_names is not an object");
        }
        Map<String, String> names = new LinkedHashMap<>();
        map.forEach((shortName, longName) -> {
            if (!(longName instanceof String name) || !ClaimNames.isWellFormed((String) shortName)
                    || !ClaimNames.isWellFormed(name)) {
                throw new IllegalArgumentException("claim_names maps a name that is not a claim name");
            }
            names.put((String) shortName, name);
        });
        return names;
    }

    private static List<String> algorithms(Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("algorithms is not a non-empty array");
        }
        List<String> names = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String name) || JwsAlgorithm.byName(name).isEmpty()) {
                throw new IllegalArgumentException("algorithms names an algorithm other than " + JwsAlgorithm.names());
            }
            names.add(name);
        }
        return names;
    }

    private static IllegalArgumentException missing(String member) {
        return new IllegalArgumentException(member + " is missing");
    }
}
