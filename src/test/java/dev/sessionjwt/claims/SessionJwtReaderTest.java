package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link SessionJwtReader}: tokens issued by {@link TokenIssuer} read back by long name, or rejected. */
class SessionJwtReaderTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String OTHER_SECRET = "fedcba9876543210fedcba9876543210";
    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Map<String, String> LONG_NAMES = Map.of("e", "email", "dn", "display_name");

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static SessionToken issue(String secret, String sessionField, Duration lifetime, Map<String, Object> extra) {
        return new TokenIssuer(JwtKey.hmacSha256(secret), sessionField, lifetime, at(NOW)).issue("S1-node0", extra);
    }

    private static Map<String, Object> extraClaims() {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("sub", "alice");
        extra.put("groups", List.of("admin", "user"));
        extra.put("e", "alice@example.com");
        extra.put("dn", "Alice A.");
        extra.put("tenant", "acme");
        return extra;
    }

    private static SessionJwtReader reader(Instant now) {
        return SessionJwtReader.builder().hmacSecret(SECRET).longNames(LONG_NAMES).clock(at(now)).build();
    }

    private static InvalidSessionTokenException rejected(SessionJwtReader reader, String token) {
        return assertThrows(InvalidSessionTokenException.class, () -> reader.read(token));
    }

    @Test
    void aReaderWithTheApplicationsIssuerAudienceAndKeyRingReadsItsTokensAcrossARotation() {
        TokenParties parties = new TokenParties(Optional.of("shop"), Optional.of("shop-services"));
        JwtKey oldKey = JwtKey.hmacSha256(OTHER_SECRET);
        SessionToken beforeRotation = new TokenIssuer(oldKey, parties, "sk", LIFETIME, at(NOW)).issue("S1", Map.of());
        SessionToken afterRotation = new TokenIssuer(JwtKey.hmacSha256(SECRET), parties, "sk", LIFETIME, at(NOW))
                .issue("S2", Map.of());
        SessionJwtReader reader = SessionJwtReader.builder()
                .keys(new JwtKeyRing(JwtKey.hmacSha256(SECRET), List.of(oldKey))).issuer("shop").audience("shop-services")
                .longNames(LONG_NAMES).clock(at(NOW)).build();

        assertThat(reader.read(beforeRotation.compact()).get("sk"), is("S1"));
        assertThat(reader.read(afterRotation.compact()).get("aud"), is("shop-services"));
        assertThat("a token without the issuer is refused",
                rejected(reader, issue(SECRET, "sk", LIFETIME, Map.of()).compact()).reason(),
                is(TokenRejection.UNEXPECTED_ISSUER));
        SessionToken otherAudience = new TokenIssuer(JwtKey.hmacSha256(SECRET),
                new TokenParties(Optional.of("shop"), Optional.of("elsewhere")), "sk", LIFETIME, at(NOW))
                .issue("S3", Map.of());
        assertThat(rejected(reader, otherAudience.compact()).reason(), is(TokenRejection.UNEXPECTED_AUDIENCE));
    }

    @Test
    void issuedTokenIsReadBackWithLongNamesInTokenOrder() {
        SessionToken token = issue(SECRET, "sk", LIFETIME, extraClaims());

        Map<String, Object> claims = reader(NOW).read(token.compact());

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("sub", "alice");
        expected.put("groups", List.of("admin", "user"));
        expected.put("email", "alice@example.com");
        expected.put("display_name", "Alice A.");
        expected.put("tenant", "acme");
        expected.put("sk", "S1-node0");
        expected.put("iat", NOW.getEpochSecond());
        expected.put("exp", NOW.plus(LIFETIME).getEpochSecond());
        expected.put("jti", token.jwtId());
        assertThat(claims, is(expected));
        assertThat(List.copyOf(claims.keySet()),
                contains("sub", "groups", "email", "display_name", "tenant", "sk", "iat", "exp", "jti"));
    }

    @Test
    void tokenIsAcceptedUntilExpiryPlusClockSkew() {
        SessionToken token = issue(SECRET, "sk", LIFETIME, Map.of());

        Map<String, Object> claims = reader(NOW.plus(LIFETIME).plusSeconds(29)).read(token.compact());

        assertThat(claims.get("sk"), is("S1-node0"));
    }

    @Test
    void defaultReaderUsesSkAndTheSystemClock() {
        SessionToken token = new TokenIssuer(JwtKey.hmacSha256(SECRET), "sk", LIFETIME, Clock.systemUTC())
                .issue("S2", Map.of("e", "bob@example.com"));

        Map<String, Object> claims = SessionJwtReader.builder().hmacSecret(SECRET).longNames(LONG_NAMES).build().read(token.compact());

        assertThat(claims.get("sk"), is("S2"));
        assertThat(claims.get("email"), is("bob@example.com"));
        assertThat(claims.containsKey("e"), is(false));
    }

    @Test
    void customSessionFieldIsRead() {
        SessionToken token = issue(SECRET, "sid", LIFETIME, Map.of("e", "alice@example.com"));

        Map<String, Object> claims = SessionJwtReader.builder().hmacSecret(SECRET).sessionField("sid").longNames(LONG_NAMES).clock(at(NOW)).build()
                .read(token.compact());

        assertThat(claims.get("sid"), is("S1-node0"));
        assertThat(claims.get("email"), is("alice@example.com"));
        assertThat(claims.containsKey("sk"), is(false));
    }

    @Test
    void tokenWithAnotherSessionFieldIsMissingAClaim() {
        SessionToken token = issue(SECRET, "sid", LIFETIME, Map.of());

        InvalidSessionTokenException e = rejected(reader(NOW), token.compact());

        assertThat(e.reason(), is(TokenRejection.MISSING_CLAIM));
    }

    @Test
    void tamperedPayloadIsABadSignature() {
        String[] parts = issue(SECRET, "sk", LIFETIME, extraClaims()).compact().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"alice\"", "\"admin\"");
        assertThat(forged, is(not(payload)));
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        InvalidSessionTokenException e = rejected(reader(NOW), tampered);

        assertThat(e.reason(), is(TokenRejection.BAD_SIGNATURE));
        assertThat(e.getMessage(), is("session token rejected: BAD_SIGNATURE (signature does not verify)"));
    }

    @Test
    void tokenSignedWithAnotherKeyNamesAnUnknownKey() {
        SessionToken token = issue(OTHER_SECRET, "sk", LIFETIME, Map.of());

        InvalidSessionTokenException e = rejected(reader(NOW), token.compact());

        assertThat(e.reason(), is(TokenRejection.UNKNOWN_KEY));
        assertThat(e.getMessage(), not(containsString(token.compact())));
    }

    @Test
    void expiredTokenIsRejectedAsExpired() {
        SessionToken token = issue(SECRET, "sk", LIFETIME, Map.of());

        InvalidSessionTokenException e = rejected(reader(NOW.plus(LIFETIME).plusSeconds(30)), token.compact());

        assertThat(e.reason(), is(TokenRejection.EXPIRED));
        assertThat(e.getMessage(), is("session token rejected: EXPIRED (expired at "
                + NOW.plus(LIFETIME).getEpochSecond() + ")"));
    }

    @Test
    void tokenIssuedInTheFutureIsNotYetValid() {
        SessionToken token = issue(SECRET, "sk", LIFETIME, Map.of());

        InvalidSessionTokenException e = rejected(reader(NOW.minusSeconds(31)), token.compact());

        assertThat(e.reason(), is(TokenRejection.NOT_YET_VALID));
    }

    @Test
    void tokenLivingLongerThanAYearIsRejected() {
        SessionToken token = issue(SECRET, "sk", Duration.ofDays(367), Map.of());

        InvalidSessionTokenException e = rejected(reader(NOW), token.compact());

        assertThat(e.reason(), is(TokenRejection.LIFETIME_TOO_LONG));
    }

    @Test
    void tokenLivingExactlyTheMaximumIsAccepted() {
        SessionToken token = issue(SECRET, "sk", SessionJwtReader.MAX_LIFETIME, Map.of());

        assertThat(reader(NOW).read(token.compact()).get("sk"), is("S1-node0"));
    }

    @Test
    void garbageAndNullAreMalformed() {
        assertThat(rejected(reader(NOW), "not-a-token").reason(), is(TokenRejection.MALFORMED));
        assertThat(rejected(reader(NOW), null).reason(), is(TokenRejection.MALFORMED));
        assertThat(rejected(reader(NOW), "").reason(), is(TokenRejection.MALFORMED));
    }

    @Test
    void longNamesAreCopiedAtConstruction() {
        Map<String, String> names = new HashMap<>(Map.of("e", "email"));
        SessionJwtReader reader = SessionJwtReader.builder().hmacSecret(SECRET).longNames(names).clock(at(NOW)).build();
        names.put("e", "changed");

        Map<String, Object> claims = reader.read(issue(SECRET, "sk", LIFETIME, Map.of("e", "x")).compact());

        assertThat(claims.get("email"), is("x"));
    }

    @Test
    void nullLongNamesAreRejected() {
        assertThrows(NullPointerException.class, () -> SessionJwtReader.builder().hmacSecret(SECRET).longNames(null));
    }
}
