package dev.sessionjwt.internal.inspect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
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
import org.junit.jupiter.api.io.TempDir;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.keys.TestKeys;

/** Unit tests of the {@code inspect} command: the report, the verdict and the exit status. */
class InspectCommandTest {

    private static final String SECRET = "inspect-test-secret-0123456789-abcdefghij";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private record Run(int status, String output) {
    }

    private static Run run(String... args) {
        return runWithInput("", args);
    }

    private static Run runWithInput(String stdin, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> list = new ArrayList<>(List.of(args));
        int status = InspectCommand.run(list, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
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
        assertThat(run("decode", "x").output(),
                containsString("usage: java -jar session-jwt-<version>-inspector.jar inspect"));
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

    /** Every character of the output is printable, or the line end. */
    private static void assertPrintable(String output) {
        for (int i = 0; i < output.length(); ) {
            int c = output.codePointAt(i);
            int type = Character.getType(c);
            boolean printable = c == '\n' || !(type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED);
            assertThat("U+" + Integer.toHexString(c) + " at " + i + " in:\n" + output, printable, is(true));
            i += Character.charCount(c);
        }
    }

    private static String hs256(String headerJson, String payloadJson) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + b64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everythingShownFromATokenHasItsControlAndInvisibleCharactersEscaped() {
        String hostile = hs256("{\"alg\":\"HS256\",\"kid\":\"k\\u001b[2J\",\"x\":\"\ufeff\u061c\udb40\udc41\"}",
                "{\"sk\":\"S1\",\"n\\u001b]0;pwned\\u0007\":1,\"\u202eevil\\r\":\"v\u2067\\u009b\ufff9\","
                + "\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + "}");
        for (String[] args : new String[][] {{"inspect", hostile}, {"inspect", hostile, "--key", SECRET},
            {"inspect", hostile + "\u001b[31m"}, {"inspect", hostile, "--key", "file:/nonexistent/\u001b[2J.pem"}}) {
            Run run = run(args);
            assertPrintable(run.output());
        }
        Run run = run("inspect", hostile);
        assertThat(run.output(), containsString("n\\u001B]0;pwned\\u0007 = 1"));
        assertThat(run.output(), containsString("\\u202Eevil\\u000D = \"v\\u2067\\u009B\\uFFF9\""));
        assertThat(run.output(), containsString("\"x\":\"\\uFEFF\\u061C\\uDB40\\uDC41\""));
    }

    @Test
    void aBackslashFromTheTokenIsDoubledSoAnEscapeShownIsNeverOneTheTokenWrote() {
        Run run = run("inspect", hs256("{\"alg\":\"HS256\"}", "{\"a\\\\u001b\":1}"));
        assertThat(run.output(), containsString("  a\\\\u001b = 1"));
    }

    @Test
    void terminalTextEscapesEveryNonPrintableCharacterAndKeepsEveryPrintableOne() {
        assertThat(TerminalText.line("a\u001b[31mb\rc\u0007d\u007fe\u009bf\tg"),
                is("a\\u001B[31mb\\u000Dc\\u0007d\\u007Fe\\u009Bf\\u0009g"));
        assertThat(TerminalText.line("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200e\u2028"),
                is("\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200B\\u200E\\u2028"));
        assertThat(TerminalText.line("lone \ud800 tag \udb40\udc01 private \ue000"),
                is("lone \\uD800 tag \\uDB40\\uDC01 private \\uE000"));
        String printable = "caf\u00e9 \u65e5\u672c \ud83d\ude00 \\ \"quoted\" <>&";
        assertThat(TerminalText.line(printable), is(printable));
        assertThat(TerminalText.value("C:\\keys\u001b"), is("C:\\\\keys\\u001B"));
        assertThat(TerminalText.value(null), is("null"));
    }

    @Test
    void theTokenAndTheKeyAreReadFromFilesOrStandardInput(@TempDir Path dir) throws Exception {
        KeyPair ec = TestKeys.ec("P-256");
        JwtKey key = new JwtKey(JwtKey.thumbprint(ec.getPublic()), "ES256", ec.getPrivate(), ec.getPublic());
        String token = new TokenIssuer(key, "sk", Duration.ofMinutes(30), CLOCK).issue("S1", Map.of()).compact();
        Path tokenFile = Files.writeString(dir.resolve("token.txt"), token + "\n");
        Path keyFile = Files.writeString(dir.resolve("session-key.pub.pem"), TestKeys.publicPem(ec));
        String valid = "verdict: VALID, verified with kid " + key.keyId();

        Run files = run("inspect", "--token-file", tokenFile.toString(), "--key-file", keyFile.toString());
        assertThat(files.output(), files.status(), is(0));
        assertThat(files.output(), containsString(valid));
        Run tokenOnStdin = runWithInput(token + "\n", "inspect", "-", "--key-file", keyFile.toString());
        assertThat(tokenOnStdin.output(), tokenOnStdin.status(), is(0));
        Run tokenFileOnStdin = runWithInput(token, "inspect", "--token-file", "-", "--key-file", keyFile.toString());
        assertThat(tokenFileOnStdin.output(), tokenFileOnStdin.status(), is(0));
        Run keyOnStdin = runWithInput(TestKeys.publicPem(ec), "inspect", "--token-file", tokenFile.toString(),
                "--key-file", "-");
        assertThat(keyOnStdin.output(), keyOnStdin.status(), is(0));
        assertThat(keyOnStdin.output(), containsString(valid));
        Run oldForms = run("inspect", token, "--key", "file:" + keyFile);
        assertThat(oldForms.output(), oldForms.status(), is(0));
    }

    @Test
    void aTokenOrKeySourceThatCannotServeIsBadUsage(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path tokenFile = Files.writeString(dir.resolve("token.txt"), token(NOW));
        Map<String[], String> cases = new java.util.LinkedHashMap<>();
        cases.put(new String[] {"inspect", "-", "--key-file", "-"},
                "error: standard input (-) serves the token or the key, not both");
        cases.put(new String[] {"inspect", "--token-file", "-", "--key-file", "-"},
                "error: standard input (-) serves the token or the key, not both");
        cases.put(new String[] {"inspect", "--token-file", dir.resolve("missing").toString()},
                "error: --token-file " + dir.resolve("missing") + ": no such file");
        cases.put(new String[] {"inspect", "--token-file", dir.toString()},
                "error: --token-file " + dir + ": not a regular file");
        cases.put(new String[] {"inspect", "--token-file", empty.toString()},
                "error: --token-file " + empty + ": empty");
        cases.put(new String[] {"inspect", "-"}, "error: token - (standard input): empty");
        cases.put(new String[] {"inspect", "x", "--token-file", tokenFile.toString()},
                "error: one token only: a token and --token-file");
        cases.put(new String[] {"inspect", "--token-file", tokenFile.toString(), "--key", "a", "--key-file", "b"},
                "error: one key only: --key and --key-file");
        cases.put(new String[] {"inspect", "x", "--key", "a", "--key", "b"}, "error: --key given twice");
        cases.forEach((args, message) -> {
            Run run = run(args);
            assertThat(String.join(" ", args), run.status(), is(2));
            assertThat(run.output(), containsString(message));
        });
        Run missingKey = run("inspect", "--token-file", tokenFile.toString(), "--key-file",
                dir.resolve("none.pem").toString());
        assertThat(missingKey.status(), is(2));
        assertThat(missingKey.output(), containsString("SJWT0030"));
    }

    @Test
    void aJwkSetOverPlainHttpIsRefusedUnlessAllowed() {
        Run run = run("inspect", token(NOW), "--jwks", "http://shop.example.com/.well-known/jwks.json");
        assertThat(run.status(), is(2));
        assertThat(run.output(), containsString("error: jwks(http://shop.example.com/.well-known/jwks.json): expected"
                + " an https:// URL"));
        assertThat(run.output(), containsString("allowPlainHttpJwks()"));
        assertThat(InspectArguments.parse(List.of("x", "--jwks", "http://shop.example.com/jwks.json",
                "--allow-plain-http"), InputStream.nullInputStream()).plainHttp(), is(true));
    }

    @Test
    void theUsageNamesTheFileAndStandardInputForms() {
        String usage = run("inspect").output();
        for (String form : new String[] {"inspect <token | - | --token-file <file>>", "--token-file <file>",
            "--key-file <file>", "--allow-plain-http", "standard input (-) serves the token or the key, not both"}) {
            assertThat(usage, containsString(form));
        }
    }
}
