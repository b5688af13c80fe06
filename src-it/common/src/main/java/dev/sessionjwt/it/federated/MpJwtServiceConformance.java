package dev.sessionjwt.it.federated;

import static dev.sessionjwt.it.Tokens.claims;
import static dev.sessionjwt.it.Tokens.cookieValue;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

/**
 * The tests of a managed server's own MicroProfile JWT service (no session-jwt in the service) reading the demo's
 * session cookie token with configuration only, run on WildFly (SmallRye JWT) and Open Liberty (mpJwt-2.1). A
 * subclass deploys the demo ({@value #DEMO}) and two services: {@value #ORDERS}, which takes Bearer tokens with the
 * keys from the demo's JWK set URL, and {@value #ORDERS_COOKIE}, which reads the token from the session cookie and the
 * public key from a PEM file ({@link #ordersWithJwksUrl()}, {@link #ordersWithCookieAndPem()}). Tampered, expired,
 * foreign and anonymous tokens are refused.
 */
public abstract class MpJwtServiceConformance extends FederatedServiceTestBase {

    protected static final String ISSUER = "session-jwt-demo";
    protected static final String DEMO = "demo";
    protected static final String ORDERS = "orders";
    protected static final String ORDERS_COOKIE = "orders-cookie";

    /** Bearer tokens; the public keys from the demo's JWK set URL on this server, selected by kid. */
    protected static WebArchive ordersWithJwksUrl() {
        return federated(ORDERS, Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey.algorithm", "ES256",
                "mp.jwt.verify.publickey.location",
                "http://127.0.0.1:" + Integer.getInteger("it.server.http.port") + "/demo/.well-known/jwks.json"));
    }

    /** The token from the session cookie itself ({@code mp.jwt.token.header=Cookie}); the public key from a PEM file. */
    protected static WebArchive ordersWithCookieAndPem() throws IOException {
        String pem = Files.readAllLines(Path.of(DemoArchive.WEB_RESOURCES, "WEB-INF/classes/demo-only-es256-public-key.pem"))
                .stream().filter(line -> !line.startsWith("#")).collect(Collectors.joining("\n"));
        return federated(ORDERS_COOKIE, Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey.algorithm", "ES256",
                "mp.jwt.verify.publickey.location", "/demo-public-key.pem",
                "mp.jwt.token.header", "Cookie", "mp.jwt.token.cookie", "JSESSIONID"))
                .addAsResource(new StringAsset(pem), "demo-public-key.pem");
    }

    /**
     * WildFly switches MicroProfile JWT on for a WAR only
     * through web.xml or a {@code @LoginConfig} on a JAX-RS {@code Application}; {@link OrdersService}'s annotation
     * (enough for Payara) is not looked at, so web.xml says it.
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
    void bearerTokenOfASignedInUserGivesCallerAndGroups(@ArquillianResource @OperateOnDeployment(DEMO) URL demo,
                                                         @ArquillianResource @OperateOnDeployment(ORDERS) URL orders) {
        HttpResult result = bearer(orders, login(demo, "alice", "alice-password"));

        assertThat(result.body(), result.status(), is(200));
        assertThat(result.body(), equalTo("name=alice groups=[user] iss=" + ISSUER + " admin=false"));
    }

    @Test
    void adminGroupsBecomeRolesInTheFederatedService(@ArquillianResource @OperateOnDeployment(DEMO) URL demo,
                                                     @ArquillianResource @OperateOnDeployment(ORDERS) URL orders) {
        HttpResult result = bearer(orders, login(demo, "admin", "admin-password"));

        assertThat(result.body(), equalTo("name=admin groups=[admin, user] iss=" + ISSUER + " admin=true"));
    }

    @Test
    void sessionCookieAsABrowserSendsItGivesTheCaller(@ArquillianResource @OperateOnDeployment(DEMO) URL demo,
                                                      @ArquillianResource @OperateOnDeployment(ORDERS_COOKIE) URL orders) {
        String token = login(demo, "alice", "alice-password");

        HttpResult alone = cookieHeader(orders, "JSESSIONID=" + token);
        HttpResult among = cookieHeader(orders, "theme=dark; JSESSIONID=" + token + "; lang=en");

        assertThat(alone.body(), alone.status(), is(200));
        assertThat(alone.body(), equalTo("name=alice groups=[user] iss=" + ISSUER + " admin=false"));
        assertThat(among.body(), among.status(), is(200));
    }

    @Test
    void tamperedTokenIsRefusedOnBothPaths(@ArquillianResource @OperateOnDeployment(DEMO) URL demo,
                                           @ArquillianResource @OperateOnDeployment(ORDERS) URL orders,
                                           @ArquillianResource @OperateOnDeployment(ORDERS_COOKIE) URL cookieOrders) {
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
    void expiredForeignAndAnonymousTokensAreRefused(@ArquillianResource @OperateOnDeployment(DEMO) URL demo,
                                                    @ArquillianResource @OperateOnDeployment(ORDERS) URL orders) {
        Map<String, Object> claims = new LinkedHashMap<>(claims(login(demo, "alice", "alice-password")));
        long now = Instant.now().getEpochSecond();
        Map<String, Object> expired = new LinkedHashMap<>(claims);
        expired.put("iat", now - 7200);
        expired.put("exp", now - 3600);
        Map<String, Object> otherIssuer = new LinkedHashMap<>(claims);
        otherIssuer.put("iss", "someone-else");
        String anonymous = cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        assertThat(bearer(orders, Tokens.signDemo(expired)).status(), is(401));
        assertThat(bearer(orders, Tokens.signHs256(randomSecret(), claims)).status(), is(401));
        assertThat(bearer(orders, Tokens.signDemo(otherIssuer)).status(), is(401));
        assertThat(claims(anonymous).containsKey("sub"), is(false));
        assertThat(bearer(orders, anonymous).status(), is(401));
    }

    @Test
    void requestWithoutTokenGets401(@ArquillianResource @OperateOnDeployment(ORDERS) URL orders) {
        HttpResult result = get(at(orders, "whoami"));

        assertThat(result.status(), is(401));
    }
}
