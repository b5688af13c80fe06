package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.MAX_SIZE;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.TestKeys;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/** Every supported algorithm signs and verifies a session token, and a changed signature never verifies. */
class TokenAlgorithmsTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static TokenIssuer issuer(JwtKey key) {
        return new TokenIssuer(key, TokenParties.NONE, "sk", LIFETIME, CLOCK);
    }

    private static TokenVerifier verifier(JwtKeyRing ring) {
        return new TokenVerifier(ring, TokenParties.NONE, "sk", LIFETIME, SKEW, MAX_SIZE, CLOCK);
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void issuedTokenVerifiesWithTheCurrentKey(JwsAlgorithm algorithm) throws JoseException {
        JwtKey key = TestKeys.jwtKey(algorithm);

        SessionToken issued = issuer(key).issue("session-" + algorithm, Map.of());
        Verification result = Tokens.verify(verifier(JwtKeyRing.of(key)), issued.compact());

        assertThat(result.isValid(), is(true));
        assertThat(result.currentKey(), is(true));
        assertThat(result.token().sessionId(), is("session-" + algorithm));
        assertThat(JsonUtil.parseJson(Tokens.segment(issued.compact(), 0)),
                equalTo(Map.of("alg", algorithm.jwsName(), "kid", key.keyId(), "typ", "JWT")));
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void changedSignatureIsRejected(JwsAlgorithm algorithm) {
        JwtKey key = TestKeys.jwtKey(algorithm);
        String[] parts = issuer(key).issue("s", Map.of()).compact().split("\\.");
        char first = parts[2].charAt(0);
        String forged = parts[0] + "." + parts[1] + "." + (first == 'A' ? 'B' : 'A') + parts[2].substring(1);

        assertThat(Tokens.rejection(verifier(JwtKeyRing.of(key)), forged), is(TokenRejection.BAD_SIGNATURE));
    }

    @ParameterizedTest
    @EnumSource(value = JwsAlgorithm.class, names = {"HS256", "RS256", "PS256", "ES256", "EDDSA"})
    void verifierKeepingTheKeyOnlyToVerifyAcceptsItButAsOld(JwsAlgorithm algorithm) {
        JwtKey key = TestKeys.jwtKey(algorithm);
        JwtKey other = TestKeys.jwtKey(algorithm == JwsAlgorithm.ES256 ? JwsAlgorithm.ES384 : JwsAlgorithm.ES256);

        Verification result = Tokens.verify(verifier(new JwtKeyRing(other, List.of(
                TestKeys.verificationOnly(key)))), issuer(key).issue("s", Map.of()).compact());

        assertThat(result.isValid(), is(true));
        assertThat(result.currentKey(), is(false));
    }
}
