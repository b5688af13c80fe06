package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import dev.sessionjwt.internal.token.keys.KeyParser;
import dev.sessionjwt.internal.token.keys.OpenSshKeysTestAccess;
import dev.sessionjwt.internal.token.keys.TestKeys;

/** Unit tests of {@link SessionJwtReaderBuilder}: every key form, one key source, clear failures. */
class SessionJwtReaderBuilderTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static String token(KeyPair pair, String alg, String kid) {
        JwtKey key = new JwtKey(kid, alg, pair.getPrivate(), pair.getPublic());
        return new TokenIssuer(key, "sk", Duration.ofMinutes(30), CLOCK).issue("S1", Map.of("e", "a@b.c")).compact();
    }

    private static SessionJwtReader reader(String keyText) {
        return SessionJwtReader.builder().key(keyText).clock(CLOCK).longNames(Map.of("e", "email")).build();
    }

    @Test
    void everyPublicKeyFormReadsTheTokensOfItsPrivateKey() throws Exception {
        KeyPair ec = TestKeys.ec("P-256");
        String thumbprint = JwtKey.thumbprint(ec.getPublic());
        String token = token(ec, "ES256", thumbprint);
        List<String> forms = List.of(TestKeys.publicPem(ec), TestKeys.publicJwk(ec, thumbprint, "ES256"),
                JwksDocument.of(JwtKeyRing.of(JwtKey.forVerification("ES256", ec.getPublic()))),
                OpenSshKeysTestAccess.line(ec.getPublic()) + " shop@web1", TestKeys.privatePem(ec));
        for (String form : forms) {
            assertThat(form, reader(form).read(token).get("email"), is("a@b.c"));
        }
    }

    @Test
    void anX509CertificateAndItsPkcs1PrivateKeyReadEachOthersTokens() throws Exception {
        String certificate = TestKeys.resource("openssl-rsa-certificate.pem");
        var privateKey = KeyParser.parse(TestKeys.resource("openssl-rsa-pkcs1-private.pem")).get(0);
        KeyPair pair = new KeyPair(privateKey.publicKey(), (java.security.PrivateKey) privateKey.secretOrPrivate());
        String token = token(pair, "RS256", JwtKey.thumbprint(pair.getPublic()));
        assertThat(reader(certificate).read(token).get("sk"), is("S1"));
    }

    @Test
    void aPinnedAlgorithmIsTheOnlyOneAccepted() {
        KeyPair rsa = TestKeys.rsa();
        String kid = JwtKey.thumbprint(rsa.getPublic());
        SessionJwtReader ps256 = SessionJwtReader.builder().algorithm("PS256").key(TestKeys.publicPem(rsa)).clock(CLOCK)
                .build();
        assertThat(ps256.read(token(rsa, "PS256", kid)).get("sk"), is("S1"));
        assertThat(assertThrows(InvalidSessionTokenException.class, () -> ps256.read(token(rsa, "RS256", kid)))
                .reason(), is(TokenRejection.WRONG_ALGORITHM));
        assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder().algorithm("none"));
    }

    @Test
    void anHmacSecretReadsHs256TokensAndAShortOneIsRefused() {
        String secret = TestKeys.secret(40);
        JwtKey key = JwtKey.hmacSha256(secret);
        String token = new TokenIssuer(key, "sk", Duration.ofMinutes(5), CLOCK).issue("S9", Map.of()).compact();
        assertThat(SessionJwtReader.builder().hmacSecret(secret).clock(CLOCK).build().read(token).get("sk"), is("S9"));
        assertThat(SessionJwtReader.builder().key("secret:" + secret).clock(CLOCK).build().read(token).get("sk"),
                is("S9"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().hmacSecret("short"));
        assertThat(e.getMessage(), containsString("SJWT0002"));
    }

    @Test
    void damagedKeyTextFailsAtOnceNamingWhatWasFound() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().key("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"));
        assertThat(e.getMessage(), containsString("SJWT0031"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                .key("file:/nonexistent/key.pem")).getMessage(), containsString("SJWT0030"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                .key("ssh-rsa AAAAnotakey")).getMessage(), containsString("SJWT0031"));
    }

    @Test
    void keyTextThatIsNoKeyIsRefusedNotTakenForASecret() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().key(TestKeys.secret(40)));
        assertThat(e.getMessage(), containsString("SJWT0031"));
        assertThat(e.getMessage(), containsString("write secret: before it"));
    }

    @Test
    void aPublicKeyWithoutItsPemLinesCannotBeUsedToForgeAnHs256Token() {
        KeyPair ec = TestKeys.ec("P-256");
        String bare = Base64.getEncoder().encodeToString(ec.getPublic().getEncoded());
        // what an attacker who knows the public key signs with if the bare base64 were taken for a secret
        JwtKey forger = JwtKey.hmacSha256(bare);
        String forged = new TokenIssuer(forger, "sk", Duration.ofMinutes(5), CLOCK).issue("S-forged", Map.of())
                .compact();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().key(bare).clock(CLOCK).build().read(forged));

        assertThat(e.getMessage(), containsString("SJWT0031: bare base64 of an EC key on P-256"));
    }

    @Test
    void aUrlGivenAsKeyIsRefusedWithThePointerToJwks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().key("https://shop.example.com/.well-known/jwks.json"));

        assertThat(e.getMessage(), containsString("SJWT0031: a URL (https://...)"));
        assertThat(e.getMessage(), containsString("jwks(URI)"));
    }

    @Test
    void aMissingPlainPathIsRefusedNotTakenForASecret() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().key("/run/secrets/session_signing_key"));

        assertThat(e.getMessage(), containsString("SJWT0030"));
    }

    @Test
    void exactlyOneKeySourceIsRequired() {
        assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().build());
        assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().hmacSecret(TestKeys.secret(40))
                .jwks(URI.create("http://127.0.0.1:1/jwks.json")).build());
    }

    @Test
    void readNeverThrowsAnythingButTheDocumentedException() {
        SessionJwtReader reader = SessionJwtReader.builder().hmacSecret(TestKeys.secret(40)).build();
        for (String bad : new String[] {null, "", "a.b.c", "x".repeat(10_000), "eyJhbGciOiJub25lIn0.e30."}) {
            assertThrows(InvalidSessionTokenException.class, () -> reader.read(bad));
        }
    }

    @Test
    void aJwkSetOverPlainHttpIsRefusedUnlessItsHostIsALoopbackAddressOrTheCallerOptedIn() {
        for (String refused : new String[] {"http://shop.example.com/.well-known/jwks.json",
            "http://localhost:8080/.well-known/jwks.json", "http://LOCALHOST/jwks.json", "http://127.0.0.1.nip.io/jwks",
            "http://0177.0.0.1/jwks.json", "http://2130706433/jwks.json", "http://10.0.0.1/jwks.json", "http://[fe80::1]/jwks.json",
            "http://[::]/jwks.json", "http://0.0.0.0/jwks.json"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                    .jwks(URI.create(refused)).build(), refused);
            assertThat(e.getMessage(), containsString("jwks(" + refused + "): expected an https:// URL, or http://"
                    + " to a loopback address (127.0.0.0/8 or [::1])"));
            assertThat(e.getMessage(), containsString("allowPlainHttpJwks()"));
            SessionJwtReader.builder().jwks(URI.create(refused)).allowPlainHttpJwks().build();
        }
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                .jwks(URI.create("http://localhost/jwks.json")).build()).getMessage(),
                containsString("the name localhost is not taken for loopback"));
        for (String accepted : new String[] {"https://shop.example.com/.well-known/jwks.json",
            "http://127.0.0.1:8080/.well-known/jwks.json", "http://127.255.255.254/jwks.json", "http://[::1]:8080/jwks",
            "http://[0:0:0:0:0:0:0:1]/jwks.json", "HTTP://127.0.0.1/jwks.json"}) {
            SessionJwtReader.builder().jwks(URI.create(accepted)).build();
        }
    }

    @Test
    void aJwkSetLocationThatIsNoHttpUrlIsRefusedEvenWithTheOptIn() {
        for (String refused : new String[] {"file:/etc/shop/jwks.json", "ftp://shop.example.com/jwks.json",
            "jar:file:/x.jar!/jwks.json", "/.well-known/jwks.json", "https:///jwks.json", "http://under_score/jwks",
            "http://127.1/jwks.json", "http://127.0.0.256/jwks.json"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                    .allowPlainHttpJwks().jwks(URI.create(refused)), refused);
            assertThat(e.getMessage(), containsString("jwks(" + refused + "): expected an absolute https:// URL"));
        }
    }

    @Test
    void durationsAndSizesOutsideTheirRangeAreRefusedNamingMethodValueAndRange() {
        SessionJwtReaderBuilder b = SessionJwtReader.builder();
        Map<org.junit.jupiter.api.function.Executable, String> refused = new java.util.LinkedHashMap<>();
        refused.put(() -> b.clockSkew(Duration.ofSeconds(-1)), "clockSkew(PT-1S): expected from 0 s to 300 s");
        refused.put(() -> b.clockSkew(Duration.ofSeconds(301)), "clockSkew(PT5M1S): expected from 0 s to 300 s");
        refused.put(() -> b.clockSkew(Duration.ofDays(3650)), "clockSkew(PT87600H): expected from 0 s to 300 s");
        refused.put(() -> b.maxTokenSize(0), "maxTokenSize(0): expected from 1024 to 65536 characters");
        refused.put(() -> b.maxTokenSize(-1), "maxTokenSize(-1): expected from 1024 to 65536 characters");
        refused.put(() -> b.maxTokenSize(Integer.MAX_VALUE), "maxTokenSize(2147483647): expected from 1024 to 65536");
        refused.put(() -> b.maxAge(Duration.ZERO), "maxAge(PT0S): expected from 1 s to 366 days");
        refused.put(() -> b.maxAge(Duration.ofSeconds(-5)), "maxAge(PT-5S): expected from 1 s to 366 days");
        refused.put(() -> b.maxAge(Duration.ofDays(367)), "maxAge(PT8808H): expected from 1 s to 366 days");
        refused.put(() -> b.jwksTimeout(Duration.ZERO), "jwksTimeout(PT0S): expected from 100 ms to 60 s");
        refused.put(() -> b.jwksTimeout(Duration.ofMillis(-1)), "jwksTimeout(PT-0.001S): expected from 100 ms to 60 s");
        refused.put(() -> b.jwksTimeout(Duration.ofHours(1)), "jwksTimeout(PT1H): expected from 100 ms to 60 s");
        refused.put(() -> b.jwksMinRefreshInterval(Duration.ZERO),
                "jwksMinRefreshInterval(PT0S): expected from 100 ms to 1 h");
        refused.put(() -> b.jwksMinRefreshInterval(Duration.ofSeconds(-10)),
                "jwksMinRefreshInterval(PT-10S): expected from 100 ms to 1 h");
        refused.put(() -> b.jwksMinRefreshInterval(Duration.ofDays(7)),
                "jwksMinRefreshInterval(PT168H): expected from 100 ms to 1 h");
        refused.put(() -> b.jwksDefaultCache(Duration.ZERO), "jwksDefaultCache(PT0S): expected from 1 s to 1 day");
        refused.put(() -> b.jwksDefaultCache(Duration.ofDays(2)), "jwksDefaultCache(PT48H): expected from 1 s to 1 day");
        refused.put(() -> b.jwksMaxBytes(0), "jwksMaxBytes(0): expected from 1024 to 1048576 bytes");
        refused.put(() -> b.jwksMaxBytes(-1), "jwksMaxBytes(-1): expected from 1024 to 1048576 bytes");
        refused.put(() -> b.jwksMaxBytes(Integer.MAX_VALUE), "jwksMaxBytes(2147483647): expected from 1024 to 1048576");
        refused.forEach((call, message) -> assertThat(message,
                assertThrows(IllegalArgumentException.class, call).getMessage(), containsString(message)));
    }

    @Test
    void theEndsOfEachRangeAreAccepted() {
        SessionJwtReader.builder().hmacSecret(TestKeys.secret(40)).clockSkew(Duration.ZERO)
                .clockSkew(Duration.ofMinutes(5)).maxTokenSize(1024).maxTokenSize(65_536).maxAge(Duration.ofSeconds(1))
                .maxAge(SessionJwtReader.MAX_LIFETIME).build();
        SessionJwtReader.builder().jwks(URI.create("https://shop.example.com/jwks.json"))
                .jwksTimeout(Duration.ofMillis(100)).jwksTimeout(Duration.ofSeconds(60))
                .jwksMinRefreshInterval(Duration.ofMillis(100)).jwksMinRefreshInterval(Duration.ofHours(1))
                .jwksDefaultCache(Duration.ofSeconds(1)).jwksDefaultCache(Duration.ofDays(1)).jwksMaxBytes(1024)
                .jwksMaxBytes(1 << 20).build();
    }
}
