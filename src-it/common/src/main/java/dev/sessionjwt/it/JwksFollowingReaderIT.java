package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.claims.InvalidSessionTokenException;
import dev.sessionjwt.claims.SessionJwtReader;

/**
 * A reader in another service follows a demo-style application's JWK set over real HTTP through a whole key
 * rotation (src/site/markdown/keys.md "Rotate a key without logging anyone out": publish the next key, swap, remove the old one), each
 * step a redeploy of the application, and through a rotation without the publishing step: not one valid token is
 * rejected, and a token of the removed key is.
 */
class JwksFollowingReaderIT extends IntegrationTestBase {

    private static final KeyPair OLD = KeyPairs.generate("EC", 256);
    private static final KeyPair NEW = KeyPairs.generate("EC", 256);
    private static final String APP_NAME = "rotating";
    private static final RedeployingDeployer APP = new RedeployingDeployer(APP_NAME);

    private final List<String> rejectedValidTokens = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();

    /** Arquillian needs one deployment per class; the rotating application is deployed by the tests. */
    @Deployment(testable = false)
    static WebArchive anchor() {
        return ShrinkWrap.create(WebArchive.class, "rotation-anchor.war").addAsWebResource(new StringAsset("x"),
                "index.txt");
    }

    private static WebArchive app(KeyPair signing, KeyPair verification) {
        WebArchive war = webArchive(APP_NAME).addPackages(true, "dev.sessionjwt.demo.app", "dev.sessionjwt.demo.view")
                .addAsResource(new StringAsset(KeyPairs.privatePem(signing)), "keys/current.pem");
        String config = "session-jwt.key=classpath:keys/current.pem\nsession-jwt.jwks.max-age=1\n";
        if (verification != null) {
            war.addAsResource(new StringAsset(KeyPairs.publicPem(verification)), "keys/other.pub.pem");
            config += "session-jwt.verification-keys=classpath:keys/other.pub.pem\n";
        }
        return withConfig(war, config);
    }

    private SessionJwtReader reader() {
        return SessionJwtReader.builder().jwks(APP.url(".well-known/jwks.json"))
                .jwksMinRefreshInterval(Duration.ofMillis(200)).jwksTimeout(Duration.ofSeconds(2)).build();
    }

    /** A new session's token, which the application itself accepts (checked), read by the reader. */
    private void newTokenIsRead(SessionJwtReader reader, String phase) {
        HttpResult created = post(APP.url("api/counter"), "");
        assertThat(phase, created.status(), is(200));
        String token = Tokens.cookieValue(created, "JSESSIONID");
        tokens.add(token);
        readAll(reader, phase);
    }

    /** Every token issued so far whose key the application still accepts is read. */
    private void readAll(SessionJwtReader reader, String phase) {
        for (String token : tokens) {
            try {
                reader.read(token);
            } catch (InvalidSessionTokenException e) {
                rejectedValidTokens.add(phase + ": " + e.getMessage());
            }
        }
    }

    @AfterEach
    void undeploy() throws Exception {
        APP.undeploy();
    }

    @Test
    void theReaderFollowsTheDocumentedRotationWithoutRejectingAValidToken() throws Exception {
        SessionJwtReader reader = reader();
        APP.deploy(app(OLD, null), false);
        newTokenIsRead(reader, "1 old key");
        APP.deploy(app(OLD, NEW), false);
        newTokenIsRead(reader, "2 next key published");
        Thread.sleep(1200);
        newTokenIsRead(reader, "2 after max-age");
        APP.deploy(app(NEW, OLD), false);
        newTokenIsRead(reader, "3 swapped");
        assertThat(Tokens.header(tokens.get(tokens.size() - 1)).get("kid"), equalTo(KeyPairs.keyId(NEW.getPublic())));
        assertThat(rejectedValidTokens, is(empty()));

        APP.deploy(app(NEW, null), false);
        Thread.sleep(1200);
        String oldToken = tokens.get(0);
        InvalidSessionTokenException removed = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidSessionTokenException.class, () -> reader.read(oldToken));
        assertThat(removed.reason().name(), is("UNKNOWN_KEY"));
        tokens.removeIf(t -> Tokens.header(t).get("kid").equals(KeyPairs.keyId(OLD.getPublic())));
        newTokenIsRead(reader, "4 old key removed");
        assertThat(rejectedValidTokens, is(empty()));
    }

    @Test
    void anUnknownKidAfterASwapWithoutThePublishingStepFetchesTheNewSet() throws Exception {
        SessionJwtReader reader = reader();
        APP.deploy(app(OLD, null), false);
        newTokenIsRead(reader, "old key");
        APP.deploy(app(NEW, OLD), false);
        Thread.sleep(300);
        newTokenIsRead(reader, "swapped at once");
        for (int i = 0; i < 20; i++) {
            newTokenIsRead(reader, "swapped, request " + i);
        }
        assertThat(rejectedValidTokens, is(empty()));
        assertThat(tokens.size(), is(22));
    }
}
