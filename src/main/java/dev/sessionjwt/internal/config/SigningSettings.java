package dev.sessionjwt.internal.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;

/**
 * The validated settings of what signs the tokens, for whom, and where the public keys and the discovery document
 * are published.
 *
 * @param keys       the key ring: the current key and the keys still accepted for verification
 * @param parties    the issuer and audience written into and required of every token
 * @param jwksPath   the path of the JWK set endpoint under the context root; empty when it is switched off
 *                   or the current key is an HMAC secret
 * @param jwksMaxAge how long the JWK set and the discovery document may be cached
 * @param discoveryPath the path of the discovery document under the context root; empty when it is switched off,
 *                   the JWK set is, or the current key is an HMAC secret
 * @param endedSessions where the ended-sessions feed is published and for how long it may be cached; its path is
 *                   empty as the discovery document's is
 * @param logoutReceivers where a back-channel logout token is sent when a session ends; empty for none
 */
public record SigningSettings(JwtKeyRing keys, TokenParties parties, Optional<String> jwksPath, Duration jwksMaxAge,
                              Optional<String> discoveryPath, Publication endedSessions, List<URI> logoutReceivers) {

    /**
     * Where a document is published and how long it may be cached.
     *
     * @param path   the path under the context root; empty when it is not published
     * @param maxAge how long clients and caches may keep it
     */
    public record Publication(Optional<String> path, Duration maxAge) {
        /** Nothing published. */
        public static final Publication NONE = new Publication(Optional.empty(), Duration.ZERO);

        /** Checks that no component is null. */
        public Publication {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(maxAge, "maxAge");
        }
    }

    /** Checks that no component is null, and that a discovery document comes only with a JWK set. */
    public SigningSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(jwksPath, "jwksPath");
        Objects.requireNonNull(jwksMaxAge, "jwksMaxAge");
        Objects.requireNonNull(discoveryPath, "discoveryPath");
        Objects.requireNonNull(endedSessions, "endedSessions");
        logoutReceivers = List.copyOf(logoutReceivers);
        if ((discoveryPath.isPresent() || endedSessions.path().isPresent()) && jwksPath.isEmpty()) {
            throw new IllegalArgumentException("a discovery document or feed needs the JWK set its readers verify with");
        }
    }

    /** Settings without a discovery document or an ended-sessions feed. */
    public SigningSettings(JwtKeyRing keys, TokenParties parties, Optional<String> jwksPath, Duration jwksMaxAge) {
        this(keys, parties, jwksPath, jwksMaxAge, Optional.empty(), Publication.NONE, List.of());
    }
}
