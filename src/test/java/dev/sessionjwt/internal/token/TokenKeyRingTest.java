package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.MAX_SIZE;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static dev.sessionjwt.internal.token.Tokens.b64;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.TestKeys;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Rotation: tokens of an older key are accepted (and flagged for re-issue), tokens of a removed key are
 * rejected without any lookup, and a {@code kid} never lets another algorithm or key in.
 */
class TokenKeyRingTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final JwtKey current = TestKeys.jwtKey(JwsAlgorithm.ES256);
    private final JwtKey old = TestKeys.jwtKey(JwsAlgorithm.RS256);
    private final JwtKey oldSecret = TestKeys.jwtKey(JwsAlgorithm.HS256);
    private final JwtKeyRing ring = new JwtKeyRing(current,
            List.of(TestKeys.verificationOnly(old), TestKeys.verificationOnly(oldSecret)));
    private final TokenVerifier verifier = new TokenVerifier(ring, TokenParties.NONE, "sk", LIFETIME, SKEW, MAX_SIZE,
            CLOCK);

    private static String issue(JwtKey key) {
        return new TokenIssuer(key, "sk", LIFETIME, CLOCK).issue("session-1", Map.of()).compact();
    }

    @Test
    void tokenOfTheCurrentKeyIsValidAndCurrent() {
        Verification result = Tokens.verify(verifier, issue(current));

        assertThat(result.isValid(), is(true));
        assertThat(result.currentKey(), is(true));
    }

    @Test
    void tokensOfOlderKeysAreValidButNotCurrent() {
        for (JwtKey key : List.of(old, oldSecret)) {
            Verification result = Tokens.verify(verifier, issue(key));

            assertThat(key.toString(), result.isValid(), is(true));
            assertThat(key.toString(), result.currentKey(), is(false));
        }
    }

    @Test
    void tokenOfARemovedKeyIsRejectedAsUnknownKey() {
        JwtKey removed = TestKeys.jwtKey(JwsAlgorithm.ES384);
        JwtKey renamed = new JwtKey("removed-kid", "RS256", old.signingKey(), old.verificationKey());

        assertThat(Tokens.rejection(verifier, issue(removed)), is(TokenRejection.UNKNOWN_KEY));
        assertThat(Tokens.rejection(verifier, issue(renamed)), is(TokenRejection.UNKNOWN_KEY));
    }

    @Test
    void kidOfAnOldKeyWithTheCurrentKeysAlgorithmIsRejected() {
        JwtKey forged = new JwtKey(old.keyId(), current.algorithm(), current.signingKey(), current.verificationKey());

        assertThat(Tokens.rejection(verifier, issue(forged)), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void kidOfAnOldKeyOverASignatureOfTheCurrentKeyIsRejected() {
        JwtKey forged = new JwtKey(old.keyId(), old.algorithm(), TestKeys.otherRsa().getPrivate(),
                TestKeys.otherRsa().getPublic());

        assertThat(Tokens.rejection(verifier, issue(forged)), is(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void publicKeyUsedAsAnHmacSecretIsRejected() throws Exception {
        // the classic confusion attack: alg HS256 with the (public) RSA key's bytes as the HMAC secret
        String header = "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + old.keyId() + "\"}";
        String input = b64(header) + "." + b64(JsonUtil.toJson(Tokens.validClaims()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(old.verificationKey().getEncoded(), "HmacSHA256"));
        String token = input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));

        assertThat(Tokens.rejection(verifier, token), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void tokenWithoutKidIsCheckedAgainstTheCurrentKeyOnly() {
        JwtKey oldWithoutKid = new JwtKey("unused", old.algorithm(), old.signingKey(), old.verificationKey());
        String token = new TokenIssuer(oldWithoutKid, "sk", LIFETIME, CLOCK).issue("s", Map.of()).compact();
        String[] parts = token.split("\\.");
        String withoutKid = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2];

        assertThat(Tokens.rejection(verifier, withoutKid), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void ringSelectsByKidAndListsTheCurrentKeyFirst() {
        assertThat(ring.forKeyId(old.keyId()), is(ring.keys().get(1)));
        assertThat(ring.forKeyId(null), is(current));
        assertThat(ring.forKeyId("nope"), is(nullValue()));
        assertThat(ring.keys().stream().map(JwtKey::keyId).toList(),
                contains(current.keyId(), old.keyId(), oldSecret.keyId()));
    }

    @Test
    void ringRefusesDuplicateIds() {
        assertThrows(IllegalArgumentException.class, () -> new JwtKeyRing(current, List.of(
                new JwtKey(current.keyId(), "RS256", null, old.verificationKey()))));
    }

    @Test
    void readerRingOfAPublicKeyAloneVerifiesButCannotIssue() {
        JwtKey publicOnly = JwtKey.forVerification("ES256", current.verificationKey());
        TokenVerifier reader = new TokenVerifier(publicOnly, "sk", LIFETIME, SKEW, MAX_SIZE, CLOCK);

        assertThat(publicOnly.keyId(), is(current.keyId()));
        assertThat(Tokens.verify(reader, issue(current)).currentKey(), is(true));
        assertThrows(IllegalArgumentException.class, () -> new TokenIssuer(publicOnly, "sk", LIFETIME, CLOCK));
    }
}
