package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jose4j.json.JsonUtil;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;

/**
 * Unit tests of {@link JwksDocument}: public members only, ids and algorithms, no secrets; and a verifier
 * built from nothing but the published document, as a federated service builds it, verifies the tokens.
 */
class JwksDocumentTest {

    private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private final JwtKey current = TestKeys.jwtKey(JwsAlgorithm.ES256);
    private final JwtKey oldRsa = TestKeys.verificationOnly(TestKeys.jwtKey(JwsAlgorithm.RS256));
    private final JwtKey oldSecret = TestKeys.verificationOnly(TestKeys.jwtKey(JwsAlgorithm.HS512));
    private final JwtKey oldEd = TestKeys.verificationOnly(TestKeys.jwtKey(JwsAlgorithm.EDDSA));

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(String json) throws JoseException {
        return (List<Map<String, Object>>) JsonUtil.parseJson(json).get("keys");
    }

    @Test
    void publishesEveryPublicKeyWithKidAlgAndUseButNoPrivateMemberAndNoSecret() throws JoseException {
        String json = JwksDocument.of(new JwtKeyRing(current, List.of(oldRsa, oldSecret, oldEd)));

        List<Map<String, Object>> keys = keys(json);

        assertThat(keys.stream().map(k -> k.get("kid")).toList(), contains(current.keyId(), oldRsa.keyId(),
                oldEd.keyId()));
        assertThat(keys.stream().map(k -> k.get("alg")).toList(), contains("ES256", "RS256", "EdDSA"));
        assertThat(keys.stream().map(k -> k.get("kty")).toList(), contains("EC", "RSA", "OKP"));
        for (Map<String, Object> key : keys) {
            assertThat(key, hasEntry("use", (Object) "sig"));
            assertThat(key.keySet().stream().filter(PRIVATE_MEMBERS::contains).toList(), is(empty()));
        }
        assertThat(JwksDocument.of(JwtKeyRing.of(TestKeys.jwtKey(JwsAlgorithm.HS256))), is("{\"keys\":[]}"));
    }

    @ParameterizedTest
    @EnumSource(value = JwsAlgorithm.class, names = {"RS256", "PS512", "ES256", "ES384", "ES512", "EDDSA"})
    void plainJose4jVerifierBuiltFromTheDocumentAloneVerifiesALibraryToken(JwsAlgorithm algorithm) throws Exception {
        JwtKey key = TestKeys.jwtKey(algorithm);
        JwtKeyRing ring = new JwtKeyRing(key, List.of(oldRsa.keyId().equals(key.keyId()) ? oldEd : oldRsa));
        String token = new TokenIssuer(key, new TokenParties(Optional.of("https://app.example"), Optional.empty()),
                "sk", Duration.ofMinutes(30), Clock.systemUTC()).issue("session-1", Map.of()).compact();

        JwtClaims claims = federatedConsumer(JwksDocument.of(ring), algorithm).processToClaims(token);

        assertThat(claims.getIssuer(), is("https://app.example"));
        assertThat(claims.getStringClaimValue("sk"), is("session-1"));
    }

    @Test
    void federatedVerifierRejectsATokenOfAKeyThatIsNotPublished() throws Exception {
        JwtKey unpublished = TestKeys.jwtKey(JwsAlgorithm.ES384);
        String token = new TokenIssuer(unpublished, TokenParties.NONE, "sk", Duration.ofMinutes(30), Clock.systemUTC())
                .issue("session-1", Map.of()).compact();
        JwtConsumer consumer = federatedConsumer(JwksDocument.of(JwtKeyRing.of(current)), JwsAlgorithm.ES384);

        assertThrows(InvalidJwtException.class, () -> consumer.processToClaims(token));
    }

    /** What any service does with the JWK set: select by kid, permit the algorithm, require the claims. */
    private static JwtConsumer federatedConsumer(String jwksJson, JwsAlgorithm algorithm) throws JoseException {
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwksJson).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm.jwsName())
                .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                .build();
    }
}
