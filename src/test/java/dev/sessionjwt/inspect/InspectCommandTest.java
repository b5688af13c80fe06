package dev.sessionjwt.inspect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.TokenIssuer;

/** Unit tests of the {@code inspect} command: the report, the verdict and the exit status. */
class InspectCommandTest {

    private static final String SECRET = "inspect-test-secret-0123456789-abcdefghij";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private record Run(int status, String output) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> list = new ArrayList<>(List.of(args));
        int status = InspectCommand.run(list, new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
        return new Run(status, bytes.toString(StandardCharsets.UTF_8));
    }

    private static String token(Instant issued) {
        return new TokenIssuer(JwtKey.hmacSha256(SECRET), "sk", Duration.ofMinutes(30), Clock.fixed(issued,
                ZoneOffset.UTC)).issue("S1", Map.of("e", "alice@example.com")).compact();
    }

    @Test
    void aValidTokenPrintsHeaderLongNamesReadableExpiryAndTheKid() {
        Run run = run("inspect", token(NOW.minusSeconds(60)), "--key", "secret:" + SECRET, "--fields", "e:email");
        assertThat(run.output(), run.status(), is(0));
        assertThat(run.output(), containsString("header: {\"alg\":\"HS256\",\"kid\":\""
                + JwtKey.hmacSha256(SECRET).keyId()));
        assertThat(run.output(), containsString("email (e) = \"alice@example.com\""));
        assertThat(run.output(), containsString("exp = " + NOW.plusSeconds(29 * 60).getEpochSecond()
                + "  (2026-12-01T12:29:00Z, in 29 min 0 s)"));
        assertThat(run.output(), containsString("verdict: VALID, verified with kid " + JwtKey.hmacSha256(SECRET).keyId()));
    }

    @Test
    void aRejectedTokenGivesTheLibrarysOwnReasonAndStatusOne() {
        Run expired = run("inspect", token(NOW.minusSeconds(7200)), "--key", "secret:" + SECRET);
        assertThat(expired.status(), is(1));
        assertThat(expired.output(), containsString("verdict: REJECTED EXPIRED (expired at "));
        Run wrongKey = run("inspect", token(NOW), "--key", "secret:" + SECRET + "-other");
        assertThat(wrongKey.status(), is(1));
        assertThat(wrongKey.output(), containsString("verdict: REJECTED UNKNOWN_KEY"));
    }

    @Test
    void withoutAKeyTheTokenIsShownButNotVerified() {
        Run run = run("inspect", token(NOW));
        assertThat(run.status(), is(2));
        assertThat(run.output(), containsString("verdict: NOT VERIFIED"));
        assertThat(run.output(), containsString("sk = \"S1\""));
    }

    @Test
    void garbageGivesAMessageAndANonZeroStatusNeverAStackTrace() {
        for (String garbage : new String[] {"garbage", "a.b", "a.b.c", "e30.!!!.c2ln", "eyJhbGciOiJub25lIn0.WzFd.",
            "....", "eyJhbGciOiJIUzI1NiJ9." + "A".repeat(20_000) + ".c2ln"}) {
            Run run = run("inspect", garbage, "--key", "secret:" + SECRET);
            assertThat(garbage, run.status(), not(is(0)));
            assertThat(run.output(), not(containsString("Exception")));
            assertThat(run.output(), not(containsString("\tat ")));
        }
        assertThat(run("inspect", "a.b").output(), containsString("not a token: 2 dot-separated segments instead of 3"));
    }

    @Test
    void badUsageAndBadKeysAreReportedWithStatusTwo() {
        assertThat(run().status(), is(2));
        assertThat(run("decode", "x").output(), containsString("usage: java -jar session-jwt.jar inspect"));
        assertThat(run("inspect").output(), containsString("error: no token given"));
        assertThat(run("inspect", "x", "--bogus", "y").output(), containsString("error: unknown option --bogus"));
        assertThat(run("inspect", "x", "--fields", "e").output(), containsString("--fields entries are short:long"));
        Run badKey = run("inspect", token(NOW), "--key", "file:/nonexistent/key.pem");
        assertThat(badKey.status(), is(2));
        assertThat(badKey.output(), containsString("SJWT0030"));
    }

    @Test
    void aDjangoTokenIsReadWithTheDjangoProfileAndItsFieldsTuples() throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue("HS256");
        jws.setHeader("typ", "JWT");
        jws.setPayload("{\"sk\":\"x3q0mm6v0b6dkx5a2q1jv7y2b0zq8c4n\",\"iat\":" + (NOW.getEpochSecond() - 60)
                + ",\"e\":\"bob@example.com\"}");
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        String token = jws.getCompactSerialization();

        Run noMaxAge = run("inspect", token, "--django", "--key", "secret:" + SECRET);
        assertThat(noMaxAge.status(), is(1));
        assertThat(noMaxAge.output(), containsString("REJECTED NO_EXPIRY"));
        Run withMaxAge = run("inspect", token, "--django", "--max-age", "3600", "--key", "secret:" + SECRET,
                "--fields", "(('email', 'e', 'email'),)");
        assertThat(withMaxAge.output(), withMaxAge.status(), is(0));
        assertThat(withMaxAge.output(), containsString("email (e) = \"bob@example.com\""));
        assertThat(withMaxAge.output(), containsString("verified with the key (the token names no kid)"));
    }
}
