package dev.sessionjwt.it.wildfly;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.federated.MpJwtServiceConformance;

/**
 * A second vendor's MicroProfile JWT (SmallRye JWT in WildFly's standalone-microprofile.xml, no session-jwt in the
 * service) accepts the demo's session cookie token with configuration only (SmallRye expects RS256 unless
 * {@code mp.jwt.verify.publickey.algorithm} says ES256): the keys from the demo's JWK set URL and
 * the token as a Bearer token, or the public key as a PEM file and the token read from the cookie itself. Tampered,
 * expired, foreign and anonymous tokens are refused (the tests: {@link MpJwtServiceConformance}).
 */
class WildFlyFederatedMpJwtIT extends MpJwtServiceConformance {

    @Deployment(name = DEMO, testable = false, order = 1)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    @Deployment(name = ORDERS, testable = false, order = 2)
    static WebArchive orders() {
        return ordersWithJwksUrl();
    }

    @Deployment(name = ORDERS_COOKIE, testable = false, order = 2)
    static WebArchive ordersCookie() throws Exception {
        return ordersWithCookieAndPem();
    }
}
