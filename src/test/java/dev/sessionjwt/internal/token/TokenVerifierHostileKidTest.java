package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.jose4j.json.JsonUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.TokenRejection;

/**
 * Hostile {@code kid} values in a token signed with the right key: path traversal, SQL-looking text, control
 * characters, a 10 KB id, an unknown id. Each is rejected as an unknown key, by lookup in the ring alone.
 */
class TokenVerifierHostileKidTest {

    static Stream<String> hostileKids() {
        return Stream.of("../../../../etc/passwd", "..\\..\\windows\\win.ini", "' OR '1'='1' --",
                "1; DROP TABLE keys", "\u0000", "kid\r\nX-Injected: yes", "\u202e\u0007", "x".repeat(10_000),
                "unknown-key-id", "");
    }

    @ParameterizedTest
    @MethodSource("hostileKids")
    void hostileKidSignedWithTheRightSecretIsRejectedAsUnknownKey(String kid) {
        String header = JsonUtil.toJson(java.util.Map.of("alg", "HS256", "typ", "JWT", "kid", kid));
        String token = Tokens.signed(header, JsonUtil.toJson(Tokens.validClaims()));
        TokenVerifier roomy = new TokenVerifier(JwtKey.hmacSha256(Tokens.SECRET), "sk", Tokens.LIFETIME, Tokens.SKEW,
                65_536, Clock.fixed(Tokens.NOW, ZoneOffset.UTC));

        assertThat(Tokens.rejection(roomy, token), is(TokenRejection.UNKNOWN_KEY));
    }

    @ParameterizedTest
    @MethodSource("hostileKids")
    void hostileKidNeverMakesTheDefaultVerifierThrow(String kid) {
        String header = JsonUtil.toJson(java.util.Map.of("alg", "HS256", "kid", kid));
        String token = Tokens.signed(header, JsonUtil.toJson(Tokens.validClaims()));

        assertThat(Tokens.verify(Tokens.verifier(), token).isValid(), is(false));
    }
}
