package dev.sessionjwt.it.wildfly;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.HttpResult;
import dev.sessionjwt.it.Tokens;
import dev.sessionjwt.it.Wars;
import dev.sessionjwt.it.federated.FederatedServiceTestBase;
import dev.sessionjwt.it.federated.OrdersService;
import dev.sessionjwt.it.federated.WhoAmIServlet;

/**
 * A second vendor's MicroProfile JWT (SmallRye JWT in WildFly's standalone-microprofile.xml, no session-jwt in the
 * service) accepts the demo's session cookie token with configuration only (SmallRye expects RS256 unless
 * {@code mp.jwt.verify.publickey.algorithm} says ES256): the keys from the demo's JWK set URL and
 * the token as a Bearer token, or the public key as a PEM file and the token read from the cookie itself. Tampered,
 * expired, foreign and anonymous tokens are refused.
 */
class WildFlyFederatedMpJwtIT extends FederatedServiceTestBase {

    private static final String ISSUER = "session-jwt-demo";

    @Deployment(name = "demo", testable = false, order = 1)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    /** Bearer tokens; the public keys from the demo's JWK set URL, selected by kid. */
    @Deployment(name = "orders", testable = false, order = 2)
    static WebArchive ordersWithJwksUrl() {
        return federated("orders", Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey.algorithm", "ES256",
                "mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + Integer.getInteger("it.wildfly.http.port") + "/demo/.well-known/jwks.json"));
    }

    /** The token from the session cookie itself ({@code mp.jwt.token.header=Cookie}); the public key from a PEM file. */
    @Deployment(name = "orders-cookie", testable = false, order = 2)
    static WebArchive ordersWithCookieAndPem() throws Exception {
        String pem = Files.readAllLines(Path.of(DemoArchive.WEB_RESOURCES, "WEB-INF/classes/demo-only-es256-public-key.pem"))
                .stream().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        return federated("orders-cookie", Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey.algorithm", "ES256",
                "mp.jwt.verify.publickey.location", "/demo-public-key.pem",
                "mp.jwt.token.header", "Cookie", "mp.jwt.token.cookie", "JSESSIONID"))
                .addAsResource(new StringAsset(pem), "demo-public-key.pem");
    }

    /**
     * WildFly switches MicroProfile JWT on for a WAR only through web.xml or a {@code @LoginConfig} on a JAX-RS
     * {@code Application}; {@link OrdersService}'s annotation (enough for Payara) is not looked at, so web.xml says it.
     */
    private static final String MP_JWT_WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <login-config>
                    <auth-method>MP-JWT</auth-method>
                </login-config>
            </web-app>
            """;

    private static WebArchive federated(String name, Map<String, String> config) {
        return Wars.withConfig(ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(OrdersService.class, WhoAmIServlet.class).setWebXML(new StringAsset(MP_JWT_WEB_XML)), config);
    }

    @Test
    void bearerTokenOfASignedInUserGivesCallerAndGroups(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                                         @ArquillianResource @OperateOnDeployment("orders") URL orders) {
        HttpResult result = bearer(orders, login(demo, "alice", "alice-password"));

        assertThat(result.body(), result.status(), is(200));
        assertThat(result.body(), equalTo("name=alice groups=[user] iss=" + ISSUER + " admin=false"));
    }

    @Test
    void adminGroupsBecomeRolesInTheFederatedService(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                                     @ArquillianResource @OperateOnDeployment("orders") URL orders) {
        HttpResult result = bearer(orders, login(demo, "admin", "admin-password"));

        assertThat(result.body(), equalTo("name=admin groups=[admin, user] iss=" + ISSUER + " admin=true"));
    }

    @Test
    void sessionCookieAsABrowserSendsItGivesTheCaller(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                                      @ArquillianResource @OperateOnDeployment("orders-cookie") URL orders) {
        String token = login(demo, "alice", "alice-password");

        HttpResult alone = cookieHeader(orders, "JSESSIONID=" + token);
        HttpResult among = cookieHeader(orders, "theme=dark; JSESSIONID=" + token + "; lang=en");

        assertThat(alone.body(), alone.status(), is(200));
        assertThat(alone.body(), equalTo("name=alice groups=[user] iss=" + ISSUER + " admin=false"));
        assertThat(among.body(), among.status(), is(200));
    }

    @Test
    void tamperedTokenIsRefusedOnBothPaths(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                           @ArquillianResource @OperateOnDeployment("orders") URL orders,
                                           @ArquillianResource @OperateOnDeployment("orders-cookie") URL cookieOrders) {
        String token = login(demo, "alice", "alice-password");
        Map<String, Object> forged = new LinkedHashMap<>(claims(token));
        forged.put("groups", List.of("admin", "user"));
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + b64(JsonUtil.toJson(forged)) + "." + parts[2];

        assertThat(bearer(orders, tampered).status(), is(401));
        assertThat(cookieHeader(cookieOrders, "JSESSIONID=" + tampered).status(), is(401));
        assertThat("the untampered token still works", bearer(orders, token).status(), is(200));
    }

    @Test
    void expiredForeignAndAnonymousTokensAreRefused(@ArquillianResource @OperateOnDeployment("demo") URL demo,
                                                    @ArquillianResource @OperateOnDeployment("orders") URL orders) {
        Map<String, Object> claims = new LinkedHashMap<>(claims(login(demo, "alice", "alice-password")));
        long now = Instant.now().getEpochSecond();
        Map<String, Object> expired = new LinkedHashMap<>(claims);
        expired.put("iat", now - 7200);
        expired.put("exp", now - 3600);
        Map<String, Object> otherIssuer = new LinkedHashMap<>(claims);
        otherIssuer.put("iss", "someone-else");
        String anonymous = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        assertThat(bearer(orders, Tokens.signDemo(expired)).status(), is(401));
        assertThat(bearer(orders, Tokens.signHs256(randomKey(), claims)).status(), is(401));
        assertThat(bearer(orders, Tokens.signDemo(otherIssuer)).status(), is(401));
        assertThat(claims(anonymous).containsKey("sub"), is(false));
        assertThat(bearer(orders, anonymous).status(), is(401));
    }

    @Test
    void requestWithoutTokenGets401(@ArquillianResource @OperateOnDeployment("orders") URL orders) {
        HttpResult result = get(at(orders, "whoami"));

        assertThat(result.status(), is(401));
    }
}
