package dev.sessionjwt.internal.token;

import java.util.Objects;
import java.util.Optional;

/**
 * Who issues the tokens ({@code iss}) and for whom ({@code aud}). Each one that is set is written into
 * every token and required of every token received.
 *
 * @param issuer   the {@code iss} value, if configured
 * @param audience the {@code aud} value, if configured; without it, a token that names any audience is refused
 */
public record TokenParties(Optional<String> issuer, Optional<String> audience) {

    /** Neither issuer nor audience. */
    public static final TokenParties NONE = new TokenParties(Optional.empty(), Optional.empty());

    /** Refuses null for either: an absent value is {@code Optional.empty()}. */
    public TokenParties {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
    }
}
