package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.HS256_HEADER;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.rejection;
import static dev.sessionjwt.internal.token.Tokens.signed;
import static dev.sessionjwt.internal.token.Tokens.validClaims;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link TokenVerifier}: required claims, their types and values, and the audience. */
class TokenVerifierClaimsTest {

    private final TokenVerifier verifier = Tokens.verifier();

    @ParameterizedTest
    @ValueSource(strings = {"exp", "iat", "jti", "sk"})
    void tokenWithoutARequiredClaimIsRejectedAsMissingClaim(String claim) {
        Map<String, Object> claims = validClaims();
        claims.remove(claim);

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.MISSING_CLAIM));
    }

    static Stream<Arguments> badSessionIds() {
        return Stream.of(
                Arguments.of("number", 42L),
                Arguments.of("object", Map.of("id", "abc")),
                Arguments.of("array", List.of("abc")),
                Arguments.of("boolean", true),
                Arguments.of("empty", ""),
                Arguments.of("300 chars", "a".repeat(300)),
                Arguments.of("257 chars", "a".repeat(TokenVerifier.MAX_SESSION_ID_LENGTH + 1)),
                Arguments.of("semicolon", "abc;Path=/"),
                Arguments.of("comma", "abc,def"),
                Arguments.of("space", "abc def"),
                Arguments.of("double quote", "abc\"def"),
                Arguments.of("backslash", "abc\\def"),
                Arguments.of("newline", "abc\r\nSet-Cookie: x=y"),
                Arguments.of("non-ASCII", "abcé"),
                Arguments.of("DEL", "abc\u007f"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSessionIds")
    void sessionIdThatCannotBeAContainerSessionIdIsRejectedAsInvalidClaim(String description, Object value) {
        Map<String, Object> claims = validClaims();
        claims.put("sk", value);

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void sessionIdOfTheMaximumLengthIsAccepted() {
        Map<String, Object> claims = validClaims();
        String longest = "a".repeat(TokenVerifier.MAX_SESSION_ID_LENGTH);
        claims.put("sk", longest);

        assertThat(Tokens.accepted(verifier, signed(claims)).sessionId(), is(longest));
    }

    @Test
    void sessionIdWithTypicalContainerCharactersRoundTrips() {
        Map<String, Object> claims = validClaims();
        claims.put("sk", "8f1c2a9e7b7d4b1c.payara-node_1-x:2");

        assertThat(Tokens.accepted(verifier, signed(claims)).sessionId(), is("8f1c2a9e7b7d4b1c.payara-node_1-x:2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"exp", "iat", "nbf"})
    void timeClaimGivenAsAStringIsRejectedAsInvalidClaim(String claim) {
        Map<String, Object> claims = validClaims();
        claims.put(claim, String.valueOf(NOW.getEpochSecond()));

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void timeClaimGivenAsAnObjectIsRejectedAsInvalidClaim() {
        Map<String, Object> claims = validClaims();
        claims.put("exp", Map.of("seconds", NOW.getEpochSecond()));

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void jtiThatIsNotAStringIsRejectedAsInvalidClaim() {
        Map<String, Object> claims = validClaims();
        claims.put("jti", 7L);

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void emptyJtiIsRejectedAsInvalidClaim() {
        Map<String, Object> claims = validClaims();
        claims.put("jti", "");

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void overlongJtiIsRejectedAndTheLongestAllowedIsAccepted() {
        Map<String, Object> claims = validClaims();
        claims.put("jti", "j".repeat(TokenVerifier.MAX_JWT_ID_LENGTH + 1));
        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.INVALID_CLAIM));

        claims.put("jti", "j".repeat(TokenVerifier.MAX_JWT_ID_LENGTH));
        assertThat(Tokens.accepted(verifier, signed(claims)).jwtId(), is("j".repeat(TokenVerifier.MAX_JWT_ID_LENGTH)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"other-service\"", "[\"a\",\"b\"]", "[]", "\"\""})
    void anyAudienceIsRejectedAsUnexpectedAudience(String audJson) {
        String payload = "{\"sk\":\"s\",\"iat\":" + NOW.getEpochSecond() + ",\"exp\":"
                + (NOW.getEpochSecond() + 60) + ",\"jti\":\"j\",\"aud\":" + audJson + "}";

        assertThat(rejection(verifier, signed(HS256_HEADER, payload)), is(TokenRejection.UNEXPECTED_AUDIENCE));
    }

    @Test
    void customSessionFieldIsReadAndTheDefaultOneIsIgnored() {
        TokenVerifier sidVerifier = new TokenVerifier(JwtKey.hmacSha256(Tokens.SECRET), "sid", Tokens.LIFETIME,
                Tokens.SKEW, Tokens.MAX_SIZE, Clock.fixed(NOW, ZoneOffset.UTC));
        Map<String, Object> claims = validClaims();
        claims.put("sid", "custom-1");

        assertThat(Tokens.accepted(sidVerifier, signed(claims)).sessionId(), is("custom-1"));
        claims.remove("sid");
        assertThat(rejection(sidVerifier, signed(claims)), is(TokenRejection.MISSING_CLAIM));
    }

    @Test
    void extraClaimsAreKeptInTheVerifiedToken() {
        Map<String, Object> claims = validClaims();
        claims.put("email", "a@example.com");
        claims.put("groups", List.of("admin", "user"));

        SessionToken token = Tokens.accepted(verifier, signed(claims));

        assertThat(token.claims(), hasEntry("email", (Object) "a@example.com"));
        assertThat(token.claims(), hasEntry("groups", (Object) List.of("admin", "user")));
        assertThat(token.claims(), hasEntry("sk", (Object) "session-1"));
    }

    @Test
    void claimWithANullValueIsKeptAndDoesNotMakeVerifyThrow() {
        Map<String, Object> claims = validClaims();
        claims.put("email", null);

        SessionToken token = Tokens.accepted(verifier, signed(claims));

        assertThat(token.claims(), hasKey("email"));
        assertThat(token.claims().get("email"), is(nullValue()));
    }

    @Test
    void nullNotBeforeCountsAsAbsent() {
        Map<String, Object> claims = validClaims();
        claims.put("nbf", null);

        assertThat(Tokens.accepted(verifier, signed(claims)).sessionId(), is("session-1"));
    }

    @Test
    void duplicateSessionClaimIsRejectedAsMalformed() {
        String payload = "{\"sk\":\"a\",\"sk\":\"b\",\"iat\":" + NOW.getEpochSecond() + ",\"exp\":"
                + (NOW.getEpochSecond() + 60) + ",\"jti\":\"j\"}";

        assertThat(rejection(verifier, signed(HS256_HEADER, payload)), is(TokenRejection.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2,3]", "\"a string\"", "42", "{\"sk\":", "null"})
    void signedPayloadThatIsNotAJsonObjectIsRejectedAsMalformed(String payload) {
        assertThat(rejection(verifier, signed(HS256_HEADER, payload)), is(TokenRejection.MALFORMED));
    }
}
