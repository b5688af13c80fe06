package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.HS256_HEADER;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.OTHER_SECRET;
import static dev.sessionjwt.internal.token.Tokens.SECRET;
import static dev.sessionjwt.internal.token.Tokens.b64;
import static dev.sessionjwt.internal.token.Tokens.rejection;
import static dev.sessionjwt.internal.token.Tokens.signed;
import static dev.sessionjwt.internal.token.Tokens.validClaims;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/** Unit tests of {@link TokenVerifier}: signature, algorithm and header checks against hostile tokens. */
class TokenVerifierSignatureTest {

    private final TokenVerifier verifier = Tokens.verifier();
    private final String payload = JsonUtil.toJson(validClaims());

    @Test
    void handSignedTokenWithTheKeyIsValid() {
        SessionToken token = Tokens.accepted(verifier, signed(validClaims()));

        assertThat(token.sessionId(), is("session-1"));
        assertThat(token.issuedAt(), is(NOW));
        assertThat(token.expiresAt(), is(NOW.plus(Tokens.LIFETIME)));
        assertThat(token.jwtId(), is("jti-1"));
    }

    @Test
    void tamperedPayloadWithTheOriginalSignatureIsRejected() {
        String[] good = signed(validClaims()).split("\\.");
        Map<String, Object> forged = validClaims();
        forged.put("sk", "someone-elses-session");

        String tampered = good[0] + "." + b64(JsonUtil.toJson(forged)) + "." + good[2];

        assertThat(rejection(verifier, tampered), is(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void tamperedSignatureIsRejected() {
        String[] good = signed(validClaims()).split("\\.");
        // change the first character: all six of its bits are significant (the last one has padding bits)
        char first = good[2].charAt(0);
        String signature = (first == 'A' ? 'B' : 'A') + good[2].substring(1);

        assertThat(rejection(verifier, good[0] + "." + good[1] + "." + signature), is(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void signatureOfAnotherTokenIsRejected() {
        Map<String, Object> other = validClaims();
        other.put("sk", "session-2");
        String[] good = signed(validClaims()).split("\\.");
        String[] second = signed(other).split("\\.");

        assertThat(rejection(verifier, good[0] + "." + good[1] + "." + second[2]), is(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void tokenSignedWithAnotherKeyIsRejected() {
        String token = Tokens.hmac("HmacSHA256", OTHER_SECRET, HS256_HEADER, payload);

        assertThat(rejection(verifier, token), is(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void unsignedAlgNoneWithEmptySignatureIsRejectedAsMalformed() {
        String token = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(payload) + ".";

        assertThat(rejection(verifier, token), is(TokenRejection.MALFORMED));
    }

    @Test
    void algNoneWithASignatureSegmentIsRejectedAsWrongAlgorithm() {
        String token = Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"none\",\"typ\":\"JWT\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void algNoneBuiltByJose4jIsRejected() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue("none");
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        String unsigned = jws.getCompactSerialization();

        assertThat(rejection(verifier, unsigned), is(TokenRejection.MALFORMED));
        assertThat(rejection(verifier, unsigned + "c2ln"), is(TokenRejection.WRONG_ALGORITHM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"None", "NONE", "hs256", "RS256", "ES256", "PS256", "EdDSA", "HS256 ", ""})
    void otherAlgorithmHeaderWithAValidHmacIsRejectedAsWrongAlgorithm(String alg) {
        String token = Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"" + alg + "\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void missingAlgorithmHeaderIsRejected() {
        String token = Tokens.hmac("HmacSHA256", SECRET, "{\"typ\":\"JWT\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void hs512TokenSignedWithTheSameSecretIsRejectedAsWrongAlgorithm() {
        String token = Tokens.hmac("HmacSHA512", SECRET, "{\"alg\":\"HS512\",\"typ\":\"JWT\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void hs384TokenSignedWithTheSameSecretIsRejectedAsWrongAlgorithm() {
        String token = Tokens.hmac("HmacSHA384", SECRET, "{\"alg\":\"HS384\",\"typ\":\"JWT\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void hs512BuiltByJose4jWithTheSameSecretIsRejectedAsWrongAlgorithm() throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue("HS512");
        jws.setKey(new HmacKey(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        jws.setDoKeyValidation(false);

        assertThat(rejection(verifier, jws.getCompactSerialization()), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void hs256HeaderOverAnHs512SignatureIsRejectedAsBadSignature() {
        String signingInput = b64(HS256_HEADER) + "." + b64(payload);
        String token = signingInput + "." + b64(Tokens.mac("HmacSHA512", SECRET, signingInput));

        assertThat(rejection(verifier, token), is(TokenRejection.BAD_SIGNATURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"jwk\":{\"kty\":\"oct\",\"k\":\"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY\"}",
            "\"jku\":\"https://attacker.example/jwks.json\"",
            "\"x5u\":\"https://attacker.example/cert.pem\"",
            "\"x5c\":[\"MIIBszCCAVmgAwIBAgIUQ\"]",
            "\"x5t\":\"dGh1bWJwcmludA\"",
            "\"x5t#S256\":\"dGh1bWJwcmludA\"",
            "\"zip\":\"DEF\"",
            "\"enc\":\"A128GCM\"",
            "\"b64\":true"})
    void correctlySignedTokenWithAKeyOrProcessingHeaderIsRejectedAsUnsupportedHeader(String header) {
        String token = signed("{\"alg\":\"HS256\",\"typ\":\"JWT\"," + header + "}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.UNSUPPORTED_HEADER));
    }

    @Test
    void criticalHeaderUnknownToJose4jIsRejectedAsUnsupportedHeader() {
        // jose4j throws "Unrecognized header 'x-policy' marked as critical", which the verifier maps
        String token = signed("{\"alg\":\"HS256\",\"crit\":[\"x-policy\"],\"x-policy\":1}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.UNSUPPORTED_HEADER));
    }

    @Test
    void criticalHeaderThatJose4jUnderstandsIsStillRejectedAsUnsupportedHeader() {
        // b64 is the one crit value jose4j knows, so this one reaches the verifier's own header check
        String token = signed("{\"alg\":\"HS256\",\"crit\":[\"b64\"],\"b64\":true}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.UNSUPPORTED_HEADER));
    }

    @Test
    void unencodedPayloadOptionIsRejectedAsMalformed() {
        // jose4j honours b64:false, so the base64url text itself becomes the payload, which is no JSON
        String token = signed("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.MALFORMED));
    }

    @Test
    void nestedTokenIsRejected() {
        String inner = signed(validClaims());
        String outer = Tokens.hmac("HmacSHA256", SECRET, "{\"alg\":\"HS256\",\"cty\":\"JWT\"}", inner);

        assertThat(rejection(verifier, outer), is(TokenRejection.UNSUPPORTED_HEADER));
    }

    @Test
    void unknownHarmlessHeaderIsAccepted() {
        String token = signed("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"x-trace\":\"k1\"}", payload);

        assertThat(Tokens.accepted(verifier, token).claims(), hasEntry("sk", (Object) "session-1"));
    }

    @Test
    void kidOfNoKeyOfTheRingIsRejectedEvenWithAValidSignature() {
        String token = signed("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"k1\"}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.UNKNOWN_KEY));
    }

    @Test
    void kidOfTheCurrentKeyIsAcceptedAsSignedWithTheCurrentKey() {
        String kid = JwtKey.hmacSha256(SECRET).keyId();
        String token = signed("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", payload);

        Verification result = Tokens.verify(verifier, token);

        assertThat(result.isValid(), is(true));
        assertThat(result.currentKey(), is(true));
    }

    @Test
    void tokenWithoutKidIsVerifiedWithTheCurrentKeyButCountsAsOld() {
        Verification result = Tokens.verify(verifier, signed(validClaims()));

        assertThat(result.isValid(), is(true));
        assertThat("a token from before key ids is re-issued with one", result.currentKey(), is(false));
    }

    @Test
    void nonStringKidIsRejectedAsMalformed() {
        String token = signed("{\"alg\":\"HS256\",\"kid\":7}", payload);

        assertThat(rejection(verifier, token), is(TokenRejection.MALFORMED));
    }
}
