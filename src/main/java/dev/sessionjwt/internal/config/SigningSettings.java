package dev.sessionjwt.internal.config;

import java.time.Duration;
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
 */
public record SigningSettings(JwtKeyRing keys, TokenParties parties, Optional<String> jwksPath, Duration jwksMaxAge,
                              Optional<String> discoveryPath) {

    /** Checks that no component is null, and that a discovery document comes only with a JWK set. */
    public SigningSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(jwksPath, "jwksPath");
        Objects.requireNonNull(jwksMaxAge, "jwksMaxAge");
        Objects.requireNonNull(discoveryPath, "discoveryPath");
        if (discoveryPath.isPresent() && jwksPath.isEmpty()) {
            throw new IllegalArgumentException("a discovery document needs the JWK set it points to");
        }
    }

    /** Settings without a discovery document. */
    public SigningSettings(JwtKeyRing keys, TokenParties parties, Optional<String> jwksPath, Duration jwksMaxAge) {
        this(keys, parties, jwksPath, jwksMaxAge, Optional.empty());
    }
}
