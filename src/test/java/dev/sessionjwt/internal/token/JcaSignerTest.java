package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.MAX_SIZE;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.TestKeys;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.Verification;

/**
 * Signing with the JCA primitive directly: for every algorithm the token verifies with plain jose4j and with the
 * library's verifier, is byte for byte jose4j's own token where the algorithm is deterministic (HMAC, RSA
 * PKCS#1 v1.5, EdDSA), stays correct when many threads sign at once, and a key whose signature jose4j would not
 * accept is left to jose4j.
 */
class JcaSignerTest {

    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String PAYLOAD = "{\"sk\":\"session-1\",\"iat\":1735732800,\"exp\":1735734600,"
            + "\"jti\":\"AAECAwQFBgcICQoLDA0ODw\",\"name\":\"Zo\u00eb \\\"quoted\\\"\"}";

    private static String jose4j(JwtKey key, String payload) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(key.algorithm());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", "JWT");
        jws.setPayload(payload);
        jws.setKey(key.signingKey());
        return jws.getCompactSerialization();
    }

    private static boolean jose4jVerifies(JwtKey key, String compact) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(compact);
        jws.setKey(key.verificationKey());
        return jws.verifySignature();
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void everyAlgorithmSignsWithTheJcaAndPlainJose4jVerifiesIt(JwsAlgorithm algorithm)
            throws GeneralSecurityException, JoseException {
        JwtKey key = TestKeys.jwtKey(algorithm);
        JcaSigner signer = JcaSigner.forKey(key);
        assertThat(signer, notNullValue());

        String compact = signer.sign(PAYLOAD);

        assertThat(jose4jVerifies(key, compact), is(true));
        String[] parts = compact.split("\\.");
        String[] theirs = jose4j(key, PAYLOAD).split("\\.");
        assertThat("header", parts[0], equalTo(theirs[0]));
        assertThat("payload", parts[1], equalTo(theirs[1]));
        if (!algorithm.name().startsWith("ES") && !algorithm.name().startsWith("PS")) {
            assertThat("a deterministic signature is jose4j's", parts[2], equalTo(theirs[2]));
        }
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void theIssuerSignsWithTheJcaAndTheLibrarysVerifierAcceptsTheToken(JwsAlgorithm algorithm) {
        JwtKey key = TestKeys.jwtKey(algorithm);
        TokenIssuer issuer = new TokenIssuer(key, TokenParties.NONE, "sk", LIFETIME, CLOCK);
        SessionToken issued = issuer.issue("session-1", Map.of("e", "a@example.org", "g", List.of("x", "y")));

        Verification result = Tokens.verify(new TokenVerifier(JwtKeyRing.of(key), TokenParties.NONE, "sk", LIFETIME,
                SKEW, MAX_SIZE, CLOCK), issued.compact());

        assertThat(issuer.signsWithJca(), is(true));
        assertThat(result.isValid(), is(true));
        assertThat(result.token().claims(), equalTo(issued.claims()));
    }

    @Test
    void manyThreadsSigningAtOnceEachGetAValidSignatureOfTheirOwnPayload() throws Exception {
        for (JwsAlgorithm algorithm : List.of(JwsAlgorithm.HS256, JwsAlgorithm.ES256, JwsAlgorithm.EDDSA)) {
            JwtKey key = TestKeys.jwtKey(algorithm);
            JcaSigner signer = JcaSigner.forKey(key);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> tokens = new ArrayList<>();
                for (int i = 0; i < 400; i++) {
                    String payload = "{\"sk\":\"session-" + i + "\"}";
                    tokens.add(threads.submit(() -> signer.sign(payload)));
                }
                for (int i = 0; i < tokens.size(); i++) {
                    String compact = tokens.get(i).get();
                    assertThat(algorithm + " " + i, jose4jVerifies(key, compact), is(true));
                    JsonWebSignature jws = new JsonWebSignature();
                    jws.setCompactSerialization(compact);
                    assertThat(jws.getUnverifiedPayload(), equalTo("{\"sk\":\"session-" + i + "\"}"));
                }
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void aKeyWhoseSignatureJose4jRejectsIsLeftToJose4j() {
        JwtKey es256 = TestKeys.jwtKey(JwsAlgorithm.ES256);
        JwtKey mismatched = new JwtKey(es256.keyId(), "ES256", es256.signingKey(),
                TestKeys.otherEc().getPublic());

        assertThat(JcaSigner.forKey(mismatched), nullValue());
        assertThat(new TokenIssuer(mismatched, "sk", LIFETIME, CLOCK).signsWithJca(), is(false));
    }
}
