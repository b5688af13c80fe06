package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.rejection;
import static dev.sessionjwt.internal.token.Tokens.signed;
import static dev.sessionjwt.internal.token.Tokens.validClaims;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link TokenVerifier}: values that are not compact tokens at all, and the size limit. */
class TokenVerifierShapeTest {

    private static final String GOOD = signed(validClaims());

    private final TokenVerifier verifier = Tokens.verifier();

    @Test
    void theUnalteredTokenIsValid() {
        // the baseline every mutation below starts from
        assertThat(Tokens.accepted(verifier, GOOD).sessionId(), is("session-1"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nullAndEmptyAreRejectedAsMalformed(String value) {
        assertThat(rejection(verifier, value), is(TokenRejection.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a1b2c3", "A1B2C3D4E5F6.node0", "garbage!", "x.y", "a.b.c.d", "...", "a..c", ".b.c",
            "a.b.", "{\"alg\":\"HS256\"}", "\u00e9.\u00e9.\u00e9", "eyJ.eyJ.abc", "YQ.YQ.YQ"})
    void valueThatIsNoCompactJwsIsRejectedAsMalformed(String value) {
        assertThat(rejection(verifier, value), is(TokenRejection.MALFORMED));
    }

    static Stream<Arguments> mutationsOfAGoodToken() {
        String[] s = GOOD.split("\\.");
        return Stream.of(
                Arguments.of("two segments", s[0] + "." + s[1]),
                Arguments.of("four segments", GOOD + "." + s[2]),
                Arguments.of("trailing dot", GOOD + "."),
                Arguments.of("leading dot", "." + GOOD),
                Arguments.of("padding", GOOD + "="),
                Arguments.of("padded payload", s[0] + "." + s[1] + "==." + s[2]),
                Arguments.of("plus", GOOD.replace('-', '+').replace('_', '+') + "+"),
                Arguments.of("slash", GOOD + "/"),
                Arguments.of("leading space", " " + GOOD),
                Arguments.of("trailing space", GOOD + " "),
                Arguments.of("inner space", s[0] + ". " + s[1] + "." + s[2]),
                Arguments.of("tab", GOOD + "\t"),
                Arguments.of("newline", GOOD + "\n"),
                Arguments.of("quoted", "\"" + GOOD + "\""),
                Arguments.of("semicolon", GOOD + ";"),
                Arguments.of("header only", s[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutationsOfAGoodToken")
    void goodTokenWithItsShapeBrokenIsRejectedAsMalformed(String description, String value) {
        assertThat(rejection(verifier, value), is(TokenRejection.MALFORMED));
    }

    @Test
    void quotedSampleValueIsRejectedAsMalformed() {
        assertThat(rejection(verifier, "\"x.y.z\""), is(TokenRejection.MALFORMED));
    }

    @Test
    void headerThatIsNotJsonIsRejectedAsMalformed() {
        String[] s = GOOD.split("\\.");

        assertThat(rejection(verifier, Tokens.b64("not json") + "." + s[1] + "." + s[2]), is(TokenRejection.MALFORMED));
    }

    @Test
    void valueLongerThanTheLimitIsRejectedAsTooLargeBeforeAnyParsing() {
        // garbage would be MALFORMED if it were looked at: TOO_LARGE proves the size check comes first
        assertThat(rejection(verifier, "!".repeat(Tokens.MAX_SIZE + 1)), is(TokenRejection.TOO_LARGE));
        assertThat(rejection(verifier, "!".repeat(Tokens.MAX_SIZE)), is(TokenRejection.MALFORMED));
    }

    @Test
    void validTokenOverTheLimitIsRejectedAndOneAtTheLimitIsAccepted() {
        TokenVerifier atLength = verifierWithLimit(GOOD.length());
        TokenVerifier belowLength = verifierWithLimit(GOOD.length() - 1);

        assertThat(Tokens.accepted(atLength, GOOD).sessionId(), is("session-1"));
        assertThat(rejection(belowLength, GOOD), is(TokenRejection.TOO_LARGE));
    }

    @Test
    void hugeValueIsRejectedAsTooLarge() {
        assertThat(rejection(verifier, GOOD + "A".repeat(1_000_000)), is(TokenRejection.TOO_LARGE));
    }

    private static TokenVerifier verifierWithLimit(int limit) {
        return new TokenVerifier(JwtKey.hmacSha256(Tokens.SECRET), "sk", Tokens.LIFETIME, Tokens.SKEW, limit,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
