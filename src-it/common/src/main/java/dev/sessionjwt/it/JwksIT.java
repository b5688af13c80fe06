package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URI;
import java.net.URL;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
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

import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.app.ProbeServlet;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * The JWK set endpoint: public members only, every key with kid, alg and use=sig, cacheable; at the configured
 * path; absent with an HMAC secret or an empty path. A verifier built from it alone verifies the cookie. The
 * discovery document beside it: what the application's configuration says, cacheable with a strong ETag, enough for
 * {@code SessionJwtReader.builder().discover(URI)} to read the cookie; it moves with its path, and is absent with an
 * HMAC secret, without the JWK set, or with an empty path.
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
        return withConfig(webArchive("rotating").addClasses(OkServlet.class, ProbeServlet.class), Map.of(
                "session-jwt.key", KeyPairs.privatePem(CURRENT),
                "session-jwt.verification-keys", KeyPairs.privatePem(PREVIOUS) + "," + randomKey(),
                "session-jwt.jwks.path", "/keys/jwks.json",
                "session-jwt.jwks.max-age", "60",
                "session-jwt.discovery.path", "/keys/session-jwt",
                "session-jwt.audience", "orders",
                "session-jwt.session-field", "sid"));
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

    @Test
    void demoDescribesItselfSoAReaderConfiguredByOneUrlReadsItsCookie(
            @ArquillianResource @OperateOnDeployment("demo") URL demo) {
        URI location = at(demo, ".well-known/session-jwt");
        HttpResult discovery = get(location);

        assertThat(discovery.status(), is(200));
        assertThat(discovery.header("content-type").map(type -> type.replace(" ", "").toLowerCase(Locale.ROOT)),
                equalTo(Optional.of("application/json;charset=utf-8")));
        assertThat(discovery.header("cache-control"), equalTo(Optional.of("public, max-age=300")));
        // what demo/webapp's microprofile-config.properties and DemoClaims' @SessionClaim("tenant") say
        assertThat(Tokens.parse(discovery.body()), equalTo(Map.of("issuer", "session-jwt-demo",
                "jwks_uri", "/demo/.well-known/jwks.json", "cookie_name", "JSESSIONID", "session_field", "sk",
                "claim_names", Map.of("e", "email", "dn", "display_name", "tenant", "tenant"),
                "algorithms", List.of("ES256"), "ended_sessions_uri", "/demo/.well-known/session-jwt-ended",
                "backchannel_logout", false)));

        String etag = discovery.header("etag").orElseThrow();
        assertThat(etag, matchesPattern("\"[A-Za-z0-9_-]{22}\""));
        HttpResult unchanged = send(request(location).header("If-None-Match", etag).GET());
        assertThat(unchanged.status(), is(304));
        assertThat(unchanged.body(), is(""));
        assertThat(send(request(location).header("If-None-Match", "\"other\"").GET()).status(), is(200));

        String token = Tokens.cookieValue(get(at(demo, "api/session")), "JSESSIONID");
        Map<String, Object> claims = SessionJwtReader.builder().discover(location).build().read(token);
        assertThat(claims.get("sk"), equalTo(Tokens.claims(token).get("sk")));
        assertThat(claims.get("iss"), equalTo("session-jwt-demo"));
    }

    @Test
    void theDiscoveryDocumentFollowsItsPathAndNamesOnlyPublishedAlgorithms(
            @ArquillianResource @OperateOnDeployment("rotating") URL rotating) {
        HttpResult discovery = get(at(rotating, "keys/session-jwt"));

        assertThat(discovery.status(), is(200));
        assertThat(discovery.header("cache-control"), equalTo(Optional.of("public, max-age=60")));
        Map<String, Object> document = Tokens.parse(discovery.body());
        assertThat(document.get("jwks_uri"), equalTo("/rotating/keys/jwks.json"));
        assertThat(document.get("audience"), equalTo("orders"));
        assertThat(document.get("session_field"), equalTo("sid"));
        assertThat(document.containsKey("issuer"), is(false));
        assertThat(document.get("algorithms"), equalTo(List.of("ES256", "RS256"))); // the HMAC secret is never named
        assertThat(get(at(rotating, ".well-known/session-jwt")).status(), is(404));

        String token = Tokens.cookieValue(get(at(rotating, "probe/create-rotate")), "JSESSIONID");
        assertThat(SessionJwtReader.builder().discover(at(rotating, "keys/session-jwt")).build().read(token)
                .get("sid"), equalTo(Tokens.claims(token).get("sid")));
    }

    @Test
    void noDiscoveryDocumentWithAnHmacSecretOrWithoutTheJwkSet(
            @ArquillianResource @OperateOnDeployment("hmac") URL hmac,
            @ArquillianResource @OperateOnDeployment("unpublished") URL unpublished) {
        assertThat(get(at(hmac, ".well-known/session-jwt")).status(), is(404));
        assertThat(get(at(unpublished, ".well-known/session-jwt")).status(), is(404));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> keys(HttpResult jwks) {
        return (List<Map<String, Object>>) Tokens.parse(jwks.body()).get("keys");
    }
}
