package dev.sessionjwt.it.liberty;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.federated.MpJwtServiceConformance;

/**
 * Open Liberty's own MicroProfile JWT (feature mpJwt-2.1, no session-jwt in the service) accepts the demo's session
 * cookie token with configuration only: the keys from the demo's JWK set URL and the token as a Bearer token, or the
 * public key as a PEM file and the token read from the cookie itself. Tampered, expired, foreign and anonymous tokens
 * are refused (the tests: {@link MpJwtServiceConformance}).
 */
class LibertyFederatedMpJwtIT extends MpJwtServiceConformance {

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
