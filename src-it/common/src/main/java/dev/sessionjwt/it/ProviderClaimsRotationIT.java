package dev.sessionjwt.it;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookie;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.app.ProbeServlet;

/**
 * On every server, and on Tomcat without Jakarta Security (tomcat-bare), the claims, the keys, rotation and the JWK set work as on
 * every server: an ES256 key with a previous RSA key, the JWK set at a configured path, claims from the application's
 * {@code SessionClaimsProvider} in the token, a token of the previous key keeps its session and is re-issued with the
 * current key, and a verifier built from the JWK set alone accepts the cookie.
 */
class ProviderClaimsRotationIT extends IntegrationTestBase {

    private static final KeyPair CURRENT = KeyPairs.generate("EC", 256);
    private static final KeyPair PREVIOUS = KeyPairs.generate("RSA", 2048);

    @ArquillianResource
    private URL app;

    @Deployment(testable = false)
    static WebArchive keyed() {
        return withConfig(Wars.withClassFile(webArchive("keyed").addClass(ProbeServlet.class),
                        "dev.sessionjwt.it.app.RequestDrivenClaims"),
                Map.of("session-jwt.key", KeyPairs.privatePem(CURRENT),
                        "session-jwt.verification-keys", KeyPairs.privatePem(PREVIOUS),
                        "session-jwt.jwks.path", "/keys/jwks.json",
                        "session-jwt.issuer", "https://bare.example"));
    }

    @Test
    void theTokenIsSignedWithTheCurrentKeyAndCarriesTheProvidersClaims() {
        String token = cookieValue(get(at(app, "probe/create-redirect")), "JSESSIONID");

        assertThat(Tokens.header(token), equalTo(Map.of("alg", "ES256", "kid", KeyPairs.keyId(CURRENT.getPublic()),
                "typ", "JWT")));
        assertThat(claims(token).get("plan"), equalTo("basic"));
        assertThat(claims(token).get("iss"), equalTo("https://bare.example"));
    }

    @Test
    void theJwkSetPublishesBothPublicKeysAndAloneVerifiesTheCookie() throws Exception {
        String token = cookieValue(get(at(app, "probe/create-redirect")), "JSESSIONID");
        HttpResult jwks = get(at(app, "keys/jwks.json"));

        assertThat(jwks.status(), is(200));
        List<String> kids = new JsonWebKeySet(jwks.body()).getJsonWebKeys().stream().map(k -> k.getKeyId()).toList();
        assertThat(kids, contains(KeyPairs.keyId(CURRENT.getPublic()), KeyPairs.keyId(PREVIOUS.getPublic())));
        JwtClaims verified = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks.body()).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256")
                .setExpectedIssuer("https://bare.example").setRequireExpirationTime()
                .build().processToClaims(token);
        assertThat(verified.getStringClaimValue("sk"), equalTo(claims(token).get("sk")));
    }

    @Test
    void aTokenOfThePreviousKeyKeepsItsSessionAndIsReissuedWithTheCurrentKey() {
        String token = cookieValue(get(at(app, "probe/create-redirect")), "JSESSIONID");
        String sessionId = (String) claims(token).get("sk");
        String old = Tokens.sign(PREVIOUS.getPrivate(), "RS256", KeyPairs.keyId(PREVIOUS.getPublic()), claims(token));

        HttpResult result = get(at(app, "probe/session"), cookie("JSESSIONID", old));

        assertThat(result.body(), startsWith("session=" + sessionId));
        String renewed = cookieValue(result, "JSESSIONID");
        assertThat(Tokens.header(renewed).get("kid"), equalTo(KeyPairs.keyId(CURRENT.getPublic())));
        assertThat(claims(renewed).get("sk"), equalTo(sessionId));
    }
}
