package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * The JWK set endpoint: public members only, every key with kid, alg and use=sig, cacheable; at the configured
 * path; absent with an HMAC secret or an empty path. A verifier built from it alone verifies the cookie.
 */
class JwksIT extends IntegrationTestBase {

    private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");
    private static final KeyPair CURRENT = KeyPairs.generate("EC", 256);
    private static final KeyPair PREVIOUS = KeyPairs.generate("RSA", 2048);

    @Deployment(name = "demo", testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Deployment(name = "rotating", testable = false)
    static WebArchive rotating() {
        return withConfig(webArchive("rotating").addClass(OkServlet.class), Map.of(
                "session-jwt.key", KeyPairs.privatePem(CURRENT),
                "session-jwt.verification-keys", KeyPairs.privatePem(PREVIOUS) + "," + randomKey(),
                "session-jwt.jwks.path", "/keys/jwks.json",
                "session-jwt.jwks.max-age", "60"));
    }

    @Deployment(name = "hmac", testable = false)
    static WebArchive hmac() {
        return withConfig(webArchive("hmac").addClass(OkServlet.class), Map.of("session-jwt.key", randomKey()));
    }

    @Deployment(name = "unpublished", testable = false)
    static WebArchive unpublished() {
        return withConfig(webArchive("unpublished").addClass(OkServlet.class), Map.of(
                "session-jwt.key", KeyPairs.privatePem(CURRENT), "session-jwt.jwks.path", ""));
    }

    @Test
    void demoPublishesItsPublicKeyUnderTheKidOfItsCookies(@ArquillianResource @OperateOnDeployment("demo") URL demo)
            throws Exception {
        HttpResult jwks = get(at(demo, ".well-known/jwks.json"));

        assertThat(jwks.status(), is(200));
        assertThat(jwks.header("content-type"), equalTo(Optional.of("application/jwk-set+json")));
        assertThat(jwks.header("cache-control"), equalTo(Optional.of("public, max-age=300")));
        assertThat(jwks.header("x-content-type-options"), equalTo(Optional.of("nosniff")));
        List<Map<String, Object>> keys = keys(jwks);
        assertThat(keys.size(), is(1));
        assertThat(keys.get(0), equalTo(Map.of("kty", "EC", "crv", "P-256", "kid", Tokens.demoKeyId(), "use", "sig",
                "alg", "ES256", "x", keys.get(0).get("x"), "y", keys.get(0).get("y"))));
        assertThat(new JsonWebKeySet(jwks.body()).getJsonWebKeys().get(0).getKey(), equalTo(Tokens.demoPublicKey()));

        String token = Tokens.cookieValue(get(at(demo, "api/session")), "JSESSIONID");
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks.body()).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256")
                .setExpectedIssuer("session-jwt-demo").setRequireExpirationTime().setRequireJwtId()
                .build().processToClaims(token);
        assertThat(claims.getStringClaimValue("sk"), equalTo(Tokens.claims(token).get("sk")));
    }

    @Test
    void everyPublicKeyOfTheRingIsPublishedButNeverASecretOrAPrivateMember(
            @ArquillianResource @OperateOnDeployment("rotating") URL rotating) {
        HttpResult jwks = get(at(rotating, "keys/jwks.json"));

        assertThat(jwks.status(), is(200));
        assertThat(jwks.header("cache-control"), equalTo(Optional.of("public, max-age=60")));
        List<Map<String, Object>> keys = keys(jwks);
        assertThat(keys.stream().map(k -> k.get("kid")).toList(), contains(KeyPairs.keyId(CURRENT.getPublic()),
                KeyPairs.keyId(PREVIOUS.getPublic())));
        assertThat(keys.stream().map(k -> k.get("alg")).toList(), contains("ES256", "RS256"));
        for (Map<String, Object> key : keys) {
            assertThat(key, hasEntry("use", (Object) "sig"));
            assertThat(key.keySet().stream().filter(PRIVATE_MEMBERS::contains).toList(), is(empty()));
        }
        assertThat(get(at(rotating, ".well-known/jwks.json")).status(), is(404));
        assertThat(post(at(rotating, "keys/jwks.json"), "").status(), is(405));
    }

    @Test
    void hmacSecretIsNeverPublished(@ArquillianResource @OperateOnDeployment("hmac") URL hmac) {
        assertThat(get(at(hmac, "ok")).status(), is(200));
        assertThat(get(at(hmac, ".well-known/jwks.json")).status(), is(404));
    }

    @Test
    void emptyPathSwitchesTheEndpointOff(@ArquillianResource @OperateOnDeployment("unpublished") URL unpublished) {
        assertThat(get(at(unpublished, "ok")).status(), is(200));
        assertThat(get(at(unpublished, ".well-known/jwks.json")).status(), is(404));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(HttpResult jwks) {
        return (List<Map<String, Object>>) Tokens.parse(jwks.body()).get("keys");
    }
}
