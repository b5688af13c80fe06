package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.MAX_SIZE;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SECRET;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;

/** A configured issuer and audience are written into every token and required of every token. */
class TokenPartiesTest {

    private static final TokenParties PARTIES = new TokenParties(Optional.of("https://app.example"),
            Optional.of("orders"));
    private final TokenVerifier verifier = new TokenVerifier(JwtKeyRing.of(JwtKey.hmacSha256(SECRET)), PARTIES, "sk",
            LIFETIME, SKEW, MAX_SIZE, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String signedWith(Map<String, Object> extra) {
        Map<String, Object> claims = Tokens.validClaims();
        claims.putAll(extra);
        return Tokens.signed(claims);
    }

    @Test
    void tokenOfTheIssuerForTheAudienceIsValid() {
        TokenIssuer issuer = new TokenIssuer(JwtKey.hmacSha256(SECRET), PARTIES, "sk", LIFETIME,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(Tokens.verify(verifier, issuer.issue("s", Map.of()).compact()).isValid(), is(true));
        assertThat(Tokens.verify(verifier, signedWith(Map.of("iss", "https://app.example",
                "aud", List.of("billing", "orders")))).isValid(), is(true));
    }

    @Test
    void missingOrOtherIssuerIsRejected() {
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("aud", "orders"))), is(TokenRejection.UNEXPECTED_ISSUER));
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("iss", "https://other.example", "aud", "orders"))),
                is(TokenRejection.UNEXPECTED_ISSUER));
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("iss", List.of("https://app.example"), "aud", "orders"))),
                is(TokenRejection.UNEXPECTED_ISSUER));
    }

    @Test
    void missingOrOtherAudienceIsRejected() {
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("iss", "https://app.example"))),
                is(TokenRejection.UNEXPECTED_AUDIENCE));
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("iss", "https://app.example", "aud", "billing"))),
                is(TokenRejection.UNEXPECTED_AUDIENCE));
        assertThat(Tokens.rejection(verifier, signedWith(Map.of("iss", "https://app.example", "aud", 7))),
                is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void withoutConfiguredPartiesAnyIssuerIsIgnoredButAnAudienceIsRejected() {
        TokenVerifier plain = Tokens.verifier();

        assertThat(Tokens.verify(plain, signedWith(Map.of("iss", "https://anyone.example"))).isValid(), is(true));
        assertThat(Tokens.rejection(plain, signedWith(Map.of("aud", "orders"))), is(TokenRejection.UNEXPECTED_AUDIENCE));
    }
}
