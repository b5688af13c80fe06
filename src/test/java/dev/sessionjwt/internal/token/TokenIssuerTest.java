package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SECRET;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link TokenIssuer}: the claims and header of the tokens it signs. */
class TokenIssuerTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final TokenIssuer issuer = new TokenIssuer(JwtKey.hmacSha256(SECRET), "sk", LIFETIME, clock);

    @Test
    void issuedTokenVerifiesAndCarriesTheSessionIdAndTimes() {
        SessionToken issued = issuer.issue("A1B2C3-node0", Map.of());

        SessionToken verified = Tokens.accepted(Tokens.verifier(), issued.compact());

        assertThat(verified.sessionId(), is("A1B2C3-node0"));
        assertThat(verified.issuedAt(), is(NOW));
        assertThat(verified.expiresAt(), is(NOW.plus(LIFETIME)));
        assertThat(verified.jwtId(), is(issued.jwtId()));
        assertThat(verified.compact(), is(issued.compact()));
    }

    @Test
    void returnedTokenDescribesWhatWasSigned() {
        SessionToken issued = issuer.issue("abc", Map.of());

        assertThat(issued.sessionId(), is("abc"));
        assertThat(issued.issuedAt(), is(NOW));
        assertThat(issued.expiresAt(), is(NOW.plus(LIFETIME)));
        assertThat(issued.claims(), hasEntry("sk", (Object) "abc"));
        assertThat(issued.claims(), hasEntry("jti", (Object) issued.jwtId()));
    }

    @Test
    void payloadHoldsExactlySkIatExpAndJti() throws JoseException {
        SessionToken issued = issuer.issue("abc", Map.of());

        Map<String, Object> payload = JsonUtil.parseJson(Tokens.segment(issued.compact(), 1));

        assertThat(payload, aMapWithSize(4));
        assertThat(payload, hasEntry("sk", (Object) "abc"));
        assertThat(payload, hasEntry("iat", (Object) NOW.getEpochSecond()));
        assertThat(payload, hasEntry("exp", (Object) NOW.plus(LIFETIME).getEpochSecond()));
        assertThat((String) payload.get("jti"), matchesPattern("[A-Za-z0-9_-]{22}"));
    }

    @Test
    void headerIsAlgHs256KidAndTypJwtOnly() throws JoseException {
        SessionToken issued = issuer.issue("abc", Map.of());

        Map<String, Object> header = JsonUtil.parseJson(Tokens.segment(issued.compact(), 0));

        assertThat(header, equalTo(Map.of("alg", "HS256", "kid", rfc7638Thumbprint(SECRET), "typ", "JWT")));
    }

    @Test
    void issuerAndAudienceAreWrittenWhenConfigured() throws JoseException {
        TokenIssuer withParties = new TokenIssuer(JwtKey.hmacSha256(SECRET),
                new TokenParties(Optional.of("https://app.example"), Optional.of("orders")), "sk", LIFETIME, clock);

        Map<String, Object> payload = JsonUtil.parseJson(Tokens.segment(withParties.issue("abc", Map.of(
                "iss", "forged", "aud", "other")).compact(), 1));

        assertThat(payload, hasEntry("iss", (Object) "https://app.example"));
        assertThat(payload, hasEntry("aud", (Object) "orders"));
    }

    @Test
    void aKeyThatOnlyVerifiesCannotIssue() {
        JwtKey hmac = JwtKey.hmacSha256(SECRET);
        JwtKey verifyOnly = new JwtKey("old", "HS256", null, hmac.verificationKey());

        assertThrows(IllegalArgumentException.class, () -> new TokenIssuer(verifyOnly, "sk", LIFETIME, clock));
    }

    /** RFC 7638 by hand: base64url SHA-256 of {"k":...,"kty":"oct"}, members in lexical order, no spaces. */
    private static String rfc7638Thumbprint(String secret) {
        String json = "{\"k\":\"" + Tokens.b64(secret) + "\",\"kty\":\"oct\"}";
        try {
            return Tokens.b64(MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyTokenGetsADifferentRandomJti() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            ids.add(issuer.issue("abc", Map.of()).jwtId());
        }

        assertThat(ids.size(), is(50));
    }

    @Test
    void sameSessionAtSameSecondStillGivesDifferentTokens() {
        assertThat(issuer.issue("abc", Map.of()).compact(), not(issuer.issue("abc", Map.of()).compact()));
    }

    @Test
    void issuedAtIsTruncatedToWholeSeconds() {
        clock.set(NOW.plusMillis(999));

        SessionToken issued = issuer.issue("abc", Map.of());

        assertThat(issued.issuedAt(), is(NOW));
        assertThat(issued.expiresAt(), is(NOW.plus(LIFETIME)));
    }

    @Test
    void customSessionFieldCarriesTheSessionId() throws JoseException {
        TokenIssuer sidIssuer = new TokenIssuer(JwtKey.hmacSha256(SECRET), "sid", LIFETIME, clock);
        TokenVerifier sidVerifier = new TokenVerifier(JwtKey.hmacSha256(SECRET), "sid", LIFETIME, SKEW,
                Tokens.MAX_SIZE, Clock.fixed(NOW, ZoneOffset.UTC));

        SessionToken issued = sidIssuer.issue("xyz", Map.of());
        Map<String, Object> payload = JsonUtil.parseJson(Tokens.segment(issued.compact(), 1));

        assertThat(payload, hasEntry("sid", (Object) "xyz"));
        assertThat(payload, not(hasKey("sk")));
        assertThat(Tokens.accepted(sidVerifier, issued.compact()).sessionId(), is("xyz"));
        assertThat(Tokens.rejection(Tokens.verifier(), issued.compact()), is(TokenRejection.MISSING_CLAIM));
    }

    @Test
    void extraClaimsAreSignedButTheLibraryClaimsWin() {
        SessionToken issued = issuer.issue("abc", Map.of("email", "a@example.com", "sk", "forged",
                "exp", 1L, "iat", 1L, "jti", "chosen"));

        SessionToken verified = Tokens.accepted(Tokens.verifier(), issued.compact());

        assertThat(verified.claims(), hasEntry("email", (Object) "a@example.com"));
        assertThat(verified.sessionId(), is("abc"));
        assertThat(verified.issuedAt(), is(NOW));
        assertThat(verified.expiresAt(), is(NOW.plus(LIFETIME)));
        assertThat(verified.jwtId(), not("chosen"));
    }

    @Test
    void extraClaimWithANullValueIsSignedAsJsonNull() throws JoseException {
        Map<String, Object> extra = new java.util.HashMap<>();
        extra.put("email", null);

        SessionToken issued = issuer.issue("abc", extra);
        Map<String, Object> payload = JsonUtil.parseJson(Tokens.segment(issued.compact(), 1));

        assertThat(payload, hasKey("email"));
        assertThat(Tokens.accepted(Tokens.verifier(), issued.compact()).claims(), hasKey("email"));
    }

    @Test
    void issuedTokenExpiresWithItsLifetimePlusSkew() {
        SessionToken issued = issuer.issue("abc", Map.of());
        TokenVerifier verifier = new TokenVerifier(JwtKey.hmacSha256(SECRET), "sk", LIFETIME, SKEW,
                Tokens.MAX_SIZE, clock);

        clock.set(NOW.plus(LIFETIME).plus(SKEW).minusSeconds(1));
        assertThat(Tokens.accepted(verifier, issued.compact()).sessionId(), is("abc"));
        clock.set(NOW.plus(LIFETIME).plus(SKEW));
        assertThat(Tokens.rejection(verifier, issued.compact()), is(TokenRejection.EXPIRED));
    }

    @Test
    void lifetimeIsReported() {
        assertThat(issuer.lifetime(), is(LIFETIME));
    }

    @Test
    void zeroOrNegativeLifetimeIsRefused() {
        JwtKey key = JwtKey.hmacSha256(SECRET);

        assertThrows(IllegalArgumentException.class, () -> new TokenIssuer(key, "sk", Duration.ZERO, clock));
        assertThrows(IllegalArgumentException.class, () -> new TokenIssuer(key, "sk", Duration.ofSeconds(-1), clock));
    }

    @Test
    void nullCollaboratorsAreRefused() {
        JwtKey key = JwtKey.hmacSha256(SECRET);

        assertThrows(NullPointerException.class, () -> new TokenIssuer(null, "sk", LIFETIME, clock));
        assertThrows(NullPointerException.class, () -> new TokenIssuer(key, null, LIFETIME, clock));
        assertThrows(NullPointerException.class, () -> new TokenIssuer(key, "sk", null, clock));
        assertThrows(NullPointerException.class, () -> new TokenIssuer(key, "sk", LIFETIME, null));
    }

    @Test
    void issuingUsesTheClockNotTheSystemTime() {
        Instant later = NOW.plus(Duration.ofDays(3));
        clock.set(later);

        assertThat(issuer.issue("abc", Map.of()).issuedAt(), is(later));
    }
}
