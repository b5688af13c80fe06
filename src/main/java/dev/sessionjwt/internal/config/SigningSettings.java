package dev.sessionjwt.internal.config;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;

/**
 * The validated settings of what signs the tokens, for whom, and where the public keys are published.
 *
 * @param keys       the key ring: the current key and the keys still accepted for verification
 * @param parties    the issuer and audience written into and required of every token
 * @param jwksPath   the path of the JWK set endpoint under the context root; empty when it is switched off
 *                   or the current key is an HMAC secret
 * @param jwksMaxAge how long the JWK set may be cached
 */
public record SigningSettings(JwtKeyRing keys, TokenParties parties, Optional<String> jwksPath, Duration jwksMaxAge) {

    /** Checks that no component is null. */
    public SigningSettings {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(jwksPath, "jwksPath");
        Objects.requireNonNull(jwksMaxAge, "jwksMaxAge");
    }
}
