package dev.sessionjwt.internal.token.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.logout.LogoutToken;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * A reader's side of back-channel logout: the application's own logout token ({@link LogoutToken}) is taken and then
 * ends its session's tokens; every way a logout token can be wrong is refused and ends nothing.
 */
class LogoutTokenReceiverTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ISSUER = "https://shop.example.com";
    private static final String RECEIVER = "https://orders.example.com/logout";
    private static final KeyPair PAIR = TestKeys.ec("P-256");
    private static final JwtKey KEY = new JwtKey("k1", "ES256", PAIR.getPrivate(), PAIR.getPublic());
    private static final KeyPair OTHER = TestKeys.otherEc();

    private final LogoutTokenReceiver receiver = receiver(Optional.of(ISSUER));


    private static LogoutTokenReceiver receiver(Optional<String> issuer) {
        return new LogoutTokenReceiver(new EndedSessionsFeedVerifier(() -> JwtKeyRing.of(KEY), () -> { }, issuer),
                issuer, CLOCK, Duration.ofSeconds(30), Duration.ofDays(1), 2);
    }

    private static Verification valid(String sessionId) {
        return new Verification.Valid(new TokenIssuer(KEY, new TokenParties(Optional.of(ISSUER), Optional.empty()), "sk",
                Duration.ofMinutes(30), CLOCK).issue(sessionId, Map.of()), true);
    }

    /** A logout token as the application writes it, changed by {@code change} before it is signed with {@code key}. */
    private static String token(Consumer<JwtClaims> change, String type, KeyPair key) throws Exception {
        JwtClaims claims = JwtClaims.parse(new JsonWebSignature() {{
            setCompactSerialization(LogoutToken.sign(KEY, ISSUER, RECEIVER, EndedSessionsFeed.hash("S1"), NOW));
        }}.getUnverifiedPayload());
        change.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue("ES256");
        jws.setKeyIdHeaderValue("k1");
        jws.setHeader("typ", type);
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        return jws.getCompactSerialization();
    }

    @Test
    void theApplicationsLogoutTokenEndsItsSessionsTokensAndNoOther() {
        String logout = LogoutToken.sign(KEY, ISSUER, RECEIVER, EndedSessionsFeed.hash("S1"), NOW);

        assertThat(receiver.accept(logout, RECEIVER), is(Optional.empty()));

        Verification ended = receiver.screen(valid("S1"));
        assertThat(ended instanceof Verification.Rejected rejected
                && rejected.reason() == TokenRejection.SESSION_ENDED, is(true));
        assertThat(receiver.screen(valid("S2")) instanceof Verification.Valid, is(true));
    }

    @Test
    void everyWrongLogoutTokenIsRefusedAndEndsNothing() throws Exception {
        Map<String, String> wrong = Map.of(
                "another key", token(c -> { }, "logout+jwt", OTHER),
                "another typ", token(c -> { }, "JWT", PAIR),
                "another issuer", token(c -> c.setIssuer("https://evil.example"), "logout+jwt", PAIR),
                "another audience", token(c -> c.setAudience("https://other.example/logout"), "logout+jwt", PAIR),
                "expired", token(c -> c.setExpirationTime(NumericDate.fromSeconds(NOW.getEpochSecond() - 31)),
                        "logout+jwt", PAIR),
                "no event", token(c -> c.setClaim("events", Map.of("x", Map.of())), "logout+jwt", PAIR),
                "a nonce", token(c -> c.setClaim("nonce", "n"), "logout+jwt", PAIR),
                "no sid", token(c -> c.unsetClaim("sid"), "logout+jwt", PAIR),
                "no jti", token(c -> c.unsetClaim("jti"), "logout+jwt", PAIR));

        wrong.forEach((what, token) -> assertThat(what, receiver.accept(token, RECEIVER).isPresent(), is(true)));
        assertThat(receiver.accept("not a jws", RECEIVER).isPresent(), is(true));
        assertThat(receiver.accept(null, RECEIVER).isPresent(), is(true));
        assertThat(receiver.screen(valid("S1")) instanceof Verification.Valid, is(true));
    }

    @Test
    void aReaderWithoutAnIssuerTakesNone() {
        String logout = LogoutToken.sign(KEY, ISSUER, RECEIVER, EndedSessionsFeed.hash("S1"), NOW);

        assertThat(receiver(Optional.empty()).accept(logout, RECEIVER).orElseThrow(), containsString("no issuer"));
    }

    @Test
    void beyondItsBoundItRefusesRatherThanForgets() {
        for (String id : new String[] {"S1", "S2"}) {
            assertThat(receiver.accept(LogoutToken.sign(KEY, ISSUER, RECEIVER, EndedSessionsFeed.hash(id), NOW),
                    RECEIVER), is(Optional.empty()));
        }

        assertThat(receiver.accept(LogoutToken.sign(KEY, ISSUER, RECEIVER, EndedSessionsFeed.hash("S3"), NOW),
                RECEIVER).orElseThrow(), containsString("already remembers 2"));
        assertThat(receiver.screen(valid("S1")) instanceof Verification.Rejected, is(true));
    }
}
