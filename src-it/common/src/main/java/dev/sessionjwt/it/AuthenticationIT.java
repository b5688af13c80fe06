package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.claims.InvalidSessionTokenException;
import dev.sessionjwt.claims.SessionJwtReader;
import dev.sessionjwt.demo.DemoArchive;
import dev.sessionjwt.it.app.MechanismsServlet;
import dev.sessionjwt.test.SessionJwtClient;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.TokenRejection;

/**
 * The library's own authentication mechanism in an application that has none (the demo): programmatic
 * login with rotation, roles from the cookie alone, wrong passwords, logout, protected resources; driven by
 * the shipped {@link SessionJwtClient}.
 */
class AuthenticationIT extends IntegrationTestBase {

    @ArquillianResource
    private URL demo;

    private SessionJwtClient client;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create().addClass(MechanismsServlet.class);
    }

    @BeforeEach
    void newClient() {
        client = SessionJwtClient.at(at(demo, "")).verifyingWith(SessionJwtReader.builder()
                .key("ES256", Tokens.demoPublicKey()).longNames(Map.of("e", "email", "dn", "display_name")).build());
    }

    @Test
    void libraryMechanismIsTheOnlyOneInAnApplicationWithoutItsOwn() {
        assertThat(client.get("mechanisms").body(), equalTo("dev.sessionjwt.internal.security.SessionJwtAuthenticationMechanism"));
    }

    @Test
    void programmaticLoginRotatesTheSessionAndIssuesTheIdentityInTheSameResponse() {
        client.post("api/counter", Map.of());
        String anonymousSession = client.sessionId().orElseThrow();

        client.login("api/login", "alice", "alice-password");

        assertThat(client.sessionId().orElseThrow(), not(equalTo(anonymousSession)));
        Map<String, Object> claims = client.claims();
        assertThat(claims, hasEntry("sub", (Object) "alice"));
        assertThat(claims, hasEntry("groups", (Object) List.of("user")));
        assertThat(claims, hasEntry("email", (Object) "alice@example.org"));
        assertThat(client.get("api/session").body(), containsString("\"counter\":1"));
    }

    @Test
    void rolesComeFromTheCookieAlone() {
        client.login("api/login", "alice", "alice-password");
        SessionJwtClient fresh = SessionJwtClient.at(at(demo, ""));
        fresh.useToken(client.token().orElseThrow());

        assertThat(fresh.get("api/me").body(), equalTo("{\"name\":\"alice\",\"groups\":[\"user\"]}"));
        assertThat(fresh.get("api/members").statusCode(), is(200));
        assertThat(fresh.get("api/admin").statusCode(), is(403));
    }

    @Test
    void adminReachesTheAdminResource() {
        client.login("api/login", "admin", "admin-password");

        assertThat(client.get("api/admin").statusCode(), is(200));
        assertThat(client.claims(), hasEntry("groups", (Object) List.of("admin", "user")));
    }

    @Test
    void wrongPasswordAnswers401AndChangesNothing() {
        client.post("api/counter", Map.of());
        String token = client.token().orElseThrow();

        assertThrows(IllegalStateException.class, () -> client.login("api/login", "alice", "wrong"));
        assertThat(client.post("api/login", Map.of("username", "alice", "password", "wrong")).statusCode(), is(401));

        assertThat(client.token(), equalTo(Optional.of(token)));
        assertThat(client.get("api/me").statusCode(), is(401));
    }

    @Test
    void protectedResourceWithoutLoginAnswers401() {
        assertThat(client.get("api/members").statusCode(), is(401));
    }

    @Test
    void logoutDeletesTheCookieAndTheOldTokenIsDead() {
        client.login("api/login", "alice", "alice-password");
        String token = client.token().orElseThrow();

        client.post("api/logout", Map.of());

        assertThat(client.token(), equalTo(Optional.empty()));
        SessionJwtClient replay = SessionJwtClient.at(at(demo, ""));
        replay.useToken(token);
        assertThat(replay.get("api/me").statusCode(), is(401));
        assertThat(replay.get("api/members").statusCode(), is(401));
    }

    @Test
    void clientVerifiesTheTokenWhenGivenTheKey() {
        client.get("api/session");
        String token = client.token().orElseThrow();
        SessionJwtClient wrongKey = SessionJwtClient.at(at(demo, "")).verifyingWith(SessionJwtReader.builder().key(new JwtKey(
                Tokens.demoKeyId(), "ES256", null, otherEcPublicKey())).build());
        wrongKey.useToken(token);
        SessionJwtClient otherKid = SessionJwtClient.at(at(demo, "")).verifyingWith(SessionJwtReader.builder()
                .hmacSecret(new String(new char[40]).replace('\0', 'k')).build());
        otherKid.useToken(token);

        InvalidSessionTokenException rejected = assertThrows(InvalidSessionTokenException.class, wrongKey::claims);
        assertThat(rejected.reason(), is(TokenRejection.BAD_SIGNATURE));
        assertThat(assertThrows(InvalidSessionTokenException.class, otherKid::claims).reason(),
                is(TokenRejection.UNKNOWN_KEY));
        assertThat(client.claims().get("sk"), equalTo(client.sessionId().orElseThrow()));
        assertThat(token.getBytes(StandardCharsets.US_ASCII).length > 0, is(true));
    }

    /** Another P-256 key, named: the default EC key is P-256 on Java 17 but P-384 on Java 25 (measured). */
    private static PublicKey otherEcPublicKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
