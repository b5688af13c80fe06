package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.keys.TestKeys;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.sessionjwt.config.SettingKeys;

/** Reading the key settings: every key format and location, the defaults, and every deployment error. */
class KeySettingsTest {

    private static final String SECRET_PREFIX = "secret:";

    @TempDir
    Path dir;

    private static Config config(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(map, "test", 100)).build();
    }

    private static SigningSettings read(String... keysAndValues) {
        return SettingsReader.read(config(keysAndValues), KeySettingsTest.class.getClassLoader()).signing();
    }

    private static List<ConfigProblem> problems(String... keysAndValues) {
        return assertThrows(InvalidSettingsException.class,
                () -> SettingsReader.read(config(keysAndValues), KeySettingsTest.class.getClassLoader())).problems();
    }

    private static ConfigProblem onlyProblem(String... keysAndValues) {
        List<ConfigProblem> problems = problems(keysAndValues);
        assertThat(problems.toString(), problems, hasSize(1));
        return problems.get(0);
    }

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void pemPrivateKeyFileGivesEs256WithTheThumbprintAsKidAndAJwksEndpoint() throws IOException {
        KeyPair pair = TestKeys.ec("P-256");
        String location = "file:" + file("session.pem", TestKeys.privatePem(pair));

        SigningSettings settings = read(SettingKeys.KEY, location);

        JwtKey current = settings.keys().current();
        assertThat(current.algorithm(), is("ES256"));
        assertThat(current.keyId(), is(JwtKey.thumbprint(pair.getPublic())));
        assertThat(TestKeys.same(current.verificationKey(), pair.getPublic()), is(true));
        assertThat(settings.jwksPath(), is(Optional.of("/.well-known/jwks.json")));
        assertThat(settings.jwksMaxAge(), is(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @CsvSource({"openssl-rsa-pkcs1-private.pem, RS256", "openssl-ec-p256-sec1-private.pem, ES256",
            "openssl-ec-p384-pkcs8-private.pem, ES384", "openssl-ed25519-private.pem, EdDSA"})
    void opensslKeysOnTheClassPathGetTheirDefaultAlgorithm(String file, String algorithm) {
        assertThat(read(SettingKeys.KEY, "classpath:keys/" + file).keys().current().algorithm(), is(algorithm));
    }

    @Test
    void plainPathAndInlinePemAndPrivateJwkAreKeysToo() throws IOException {
        KeyPair pair = TestKeys.rsa();
        String path = file("rsa.key", TestKeys.privatePem(pair));

        assertThat(read(SettingKeys.KEY, path).keys().current().algorithm(), is("RS256"));
        assertThat(read(SettingKeys.KEY, TestKeys.privatePem(pair)).keys().current().algorithm(), is("RS256"));
        JwtKey fromJwk = read(SettingKeys.KEY, TestKeys.privateJwk(pair, "rsa-2025", "PS384")).keys().current();
        assertThat(fromJwk.keyId(), is("rsa-2025"));
        assertThat(fromJwk.algorithm(), is("PS384"));
    }

    @Test
    void configuredAlgorithmAndKeyIdWin() {
        JwtKey key = read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.rsa()), SettingKeys.ALGORITHM, "PS512",
                SettingKeys.KEY_ID, "2025-06").keys().current();

        assertThat(key.algorithm(), is("PS512"));
        assertThat(key.keyId(), is("2025-06"));
    }

    @Test
    void secretWithHs512NeedsSixtyFourBytes() {
        assertThat(read(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(64), SettingKeys.ALGORITHM, "HS512").keys().current()
                .algorithm(), is("HS512"));
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(48), SettingKeys.ALGORITHM, "HS512");
        assertThat(problem.id(), is("SJWT0002"));
        assertThat(problem.value(), is("(a secret of 48 bytes, not shown)"));
        assertThat(onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(40), SettingKeys.ALGORITHM, "HS384").id(), is("SJWT0002"));
    }

    @Test
    void hmacSecretHasNoJwksEndpointAndRefusesAnExplicitPath() {
        assertThat(read(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32)).jwksPath(), is(Optional.empty()));

        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.JWKS_PATH, "/keys");

        assertThat(problem.id(), is("SJWT0038"));
        assertThat(problem.expected(), containsString("a secret is never published"));
    }

    @Test
    void emptyJwksPathSwitchesTheEndpointOffAndAnotherPathMovesIt() {
        String key = TestKeys.privatePem(TestKeys.ec("P-256"));

        assertThat(read(SettingKeys.KEY, key, SettingKeys.JWKS_PATH, "").jwksPath(), is(Optional.empty()));
        assertThat(read(SettingKeys.KEY, key, SettingKeys.JWKS_PATH, "/keys/jwks").jwksPath(), is(Optional.of("/keys/jwks")));
        assertThat(read(SettingKeys.KEY, key, SettingKeys.JWKS_MAX_AGE, "0").jwksMaxAge(), is(Duration.ZERO));
    }

    @Test
    void keyPairPublishesTheDiscoveryDocumentAtItsDefaultPathOrAnother() {
        String key = TestKeys.privatePem(TestKeys.ec("P-256"));

        assertThat(read(SettingKeys.KEY, key).discoveryPath(), is(Optional.of("/.well-known/session-jwt")));
        assertThat(read(SettingKeys.KEY, key, SettingKeys.DISCOVERY_PATH, "/meta/sjwt").discoveryPath(),
                is(Optional.of("/meta/sjwt")));
        assertThat(read(SettingKeys.KEY, key, SettingKeys.DISCOVERY_PATH, "").discoveryPath(), is(Optional.empty()));
    }

    @Test
    void hmacSecretHasNoDiscoveryDocumentAndRefusesAnExplicitPath() {
        assertThat(read(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32)).discoveryPath(), is(Optional.empty()));

        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32),
                SettingKeys.DISCOVERY_PATH, "/meta/sjwt");

        assertThat(problem.id(), is("SJWT0038"));
        assertThat(problem.key(), is("session-jwt.discovery.path"));
        assertThat(problem.value(), is("\"/meta/sjwt\""));
        assertThat(problem.expected(), containsString("a secret is never published"));
    }

    @Test
    void withoutTheJwkSetTheDiscoveryDocumentIsOffAndAnExplicitPathIsRefused() {
        String key = TestKeys.privatePem(TestKeys.ec("P-256"));

        assertThat(read(SettingKeys.KEY, key, SettingKeys.JWKS_PATH, "").discoveryPath(), is(Optional.empty()));
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, key, SettingKeys.JWKS_PATH, "",
                SettingKeys.DISCOVERY_PATH, "/meta/sjwt");
        assertThat(problem.key(), is("session-jwt.discovery.path"));
        assertThat(problem.expected(), containsString("without the JWK set its readers need"));
    }

    @Test
    void discoveryDocumentCannotTakeTheJwkSetsPath() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.DISCOVERY_PATH, "/.well-known/jwks.json");

        assertThat(problem.key(), is("session-jwt.discovery.path"));
        assertThat(problem.expected(), is("a path other than session-jwt.jwks.path's"));
    }

    @Test
    void keyPairPublishesTheEndedSessionsFeedBesideTheDiscoveryDocument() {
        String key = TestKeys.privatePem(TestKeys.ec("P-256"));

        SigningSettings defaults = read(SettingKeys.KEY, key);
        assertThat(defaults.endedSessions().path(), is(Optional.of("/.well-known/session-jwt-ended")));
        assertThat(defaults.endedSessions().maxAge(), is(Duration.ofSeconds(5)));
        SigningSettings moved = read(SettingKeys.KEY, key, SettingKeys.ENDED_SESSIONS_PATH, "/meta/ended",
                SettingKeys.ENDED_SESSIONS_MAX_AGE, "0");
        assertThat(moved.endedSessions().path(), is(Optional.of("/meta/ended")));
        assertThat(moved.endedSessions().maxAge(), is(Duration.ZERO));
        assertThat(read(SettingKeys.KEY, key, SettingKeys.ENDED_SESSIONS_PATH, "").endedSessions().path(),
                is(Optional.empty()));
        assertThat(read(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32)).endedSessions().path(),
                is(Optional.empty()));
    }

    @Test
    void theEndedSessionsFeedIsRefusedWhereItCannotBeCheckedOrTakesAnotherPath() {
        String key = TestKeys.privatePem(TestKeys.ec("P-256"));

        assertThat(onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.ENDED_SESSIONS_PATH,
                "/ended").expected(), containsString("a secret is never published"));
        assertThat(onlyProblem(SettingKeys.KEY, key, SettingKeys.JWKS_PATH, "", SettingKeys.DISCOVERY_PATH, "",
                SettingKeys.ENDED_SESSIONS_PATH, "/ended").expected(),
                containsString("no ended-sessions feed without the JWK set its readers need"));
        ConfigProblem same = onlyProblem(SettingKeys.KEY, key, SettingKeys.ENDED_SESSIONS_PATH,
                "/.well-known/session-jwt");
        assertThat(same.key(), is("session-jwt.ended-sessions.path"));
        assertThat(same.expected(), is("a path other than session-jwt.discovery.path's"));
        ConfigProblem maxAge = onlyProblem(SettingKeys.KEY, key, SettingKeys.ENDED_SESSIONS_MAX_AGE, "301");
        assertThat(maxAge.key(), is("session-jwt.ended-sessions.max-age"));
        assertThat(maxAge.expected(), is("a whole number of seconds from 0 to 300 (default 5)"));
    }

    @Test
    void backchannelLogoutReceiversAreReadWithAKeyPairAndAnIssuer() {
        SigningSettings settings = read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")), SettingKeys.ISSUER,
                "https://shop.example.com", SettingKeys.BACKCHANNEL_LOGOUT_URIS,
                "https://orders.example.com/logout, http://127.0.0.1:9090/bcl");

        assertThat(settings.logoutReceivers(), contains(URI.create("https://orders.example.com/logout"),
                URI.create("http://127.0.0.1:9090/bcl")));
        assertThat(read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256"))).logoutReceivers(), is(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://orders.example.com/logout", "ftp://orders.example.com/x", "/logout",
            "https://user@orders.example.com/logout", "https://orders.example.com/logout#x", "http://localhost/l",
            "https://a.example/l,not a url"})
    void aReceiverThatIsNoHttpsUrlIsRefused(String receivers) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.ISSUER, "https://shop.example.com", SettingKeys.BACKCHANNEL_LOGOUT_URIS, receivers);

        assertThat(problem.id(), is("SJWT0051"));
        assertThat(problem.key(), is("session-jwt.backchannel-logout.uris"));
        assertThat(problem.expected(), containsString("absolute https:// URLs"));
    }

    @Test
    void receiversNeedAKeyPairAndAnIssuer() {
        assertThat(onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.ISSUER, "https://s.example",
                SettingKeys.BACKCHANNEL_LOGOUT_URIS, "https://orders.example.com/logout").expected(),
                containsString("no receivers with an HMAC secret"));
        assertThat(onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.BACKCHANNEL_LOGOUT_URIS, "https://orders.example.com/logout").expected(),
                containsString("receivers only with session-jwt.issuer set"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"session-jwt", "/meta/*", "/a b", "/d?x=1", "/"})
    void badDiscoveryPathIsReported(String path) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.DISCOVERY_PATH, path);

        assertThat(problem.id(), is("SJWT0038"));
        assertThat(problem.key(), is("session-jwt.discovery.path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jwks.json", "/keys/*", "/a b", "/jwks?x=1", "/"})
    void badJwksPathIsReported(String path) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.JWKS_PATH, path);

        assertThat(problem.id(), is("SJWT0038"));
        assertThat(problem.key(), is("session-jwt.jwks.path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "604801", "5m"})
    void badJwksMaxAgeIsReported(String value) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.JWKS_MAX_AGE, value);

        assertThat(problem.id(), is("SJWT0038"));
        assertThat(problem.expected(), is("a whole number of seconds from 0 to 604800 (default 300)"));
    }

    @Test
    void issuerAndAudienceAreRead() {
        SigningSettings settings = read(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.ISSUER, "https://app.example",
                SettingKeys.AUDIENCE, "orders");

        assertThat(settings.parties().issuer(), is(Optional.of("https://app.example")));
        assertThat(settings.parties().audience(), is(Optional.of("orders")));
        assertThat(onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.ISSUER, "a\u0001b").id(), is("SJWT0039"));
    }

    @Test
    void unreadableLocationsNameTheLocation() {
        String missing = dir.resolve("missing.pem").toString();

        List<ConfigProblem> problems = problems(SettingKeys.KEY, "file:" + missing,
                SettingKeys.VERIFICATION_KEYS, "classpath:keys/gone.pem");

        String expected = " is invalid; expected a readable file (file:/path, or a plain path) or a class path resource"
                + " (classpath:name) holding a PEM, JWK or JWK set, or the key given inline (an HMAC secret as"
                + " secret:<the secret>)";
        assertThat(problems.stream().map(ConfigProblem::message).toList(), contains(
                "SJWT0030: session-jwt.key = \"file:" + missing + "\" (no such file)" + expected
                        + Message.reference("SJWT0030"),
                "SJWT0030: session-jwt.verification-keys = \"classpath:keys/gone.pem\" (no such resource on the"
                        + " application's class path)" + expected + Message.reference("SJWT0030")));
    }

    @Test
    void publicKeyAloneCannotSign() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, "classpath:keys/openssl-ec-p256-public.pem");

        assertThat(problem.id(), is("SJWT0031"));
        assertThat(problem.value(), is("\"classpath:keys/openssl-ec-p256-public.pem\" (a public key)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "None", "es256", "HS1024"})
    void unknownAlgorithmOrNoneIsReported(String name) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(64), SettingKeys.ALGORITHM, name);

        assertThat(problem.id(), is("SJWT0032"));
        assertThat(problem.value(), is('"' + name + '"'));
        assertThat(problem.expected(), containsString("ES256"));
    }

    @Test
    void jwkAlgNoneIsReported() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privateJwk(TestKeys.ec("P-256"), null, "none"));

        assertThat(problem.id(), is("SJWT0032"));
        assertThat(problem.expected(), containsString("unsigned tokens are never issued or accepted"));
    }

    @ParameterizedTest
    @CsvSource({"RS256, openssl-ec-p256-sec1-private.pem, SJWT0033", "HS256, openssl-rsa-pkcs1-private.pem, SJWT0033",
            "ES384, openssl-ec-p256-sec1-private.pem, SJWT0035", "EdDSA, openssl-rsa-pkcs1-private.pem, SJWT0033",
            "RS256, openssl-rsa-1024-private.pem, SJWT0034"})
    void algorithmThatDoesNotFitTheKeyOrAWeakKeyIsReported(String algorithm, String file, String id) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, "classpath:keys/" + file, SettingKeys.ALGORITHM, algorithm);

        assertThat(problem.id(), is(id));
        assertThat(problem.key(), is("session-jwt.key"));
        assertThat(problem.value(), containsString("\"classpath:keys/" + file + "\" ("));
    }

    @Test
    void algorithmOtherThanTheJwksAlgIsReported() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.privateJwk(TestKeys.rsa(), null, "RS256"),
                SettingKeys.ALGORITHM, "PS256");

        assertThat(problem.id(), is("SJWT0033"));
        assertThat(problem.key(), is("session-jwt.algorithm"));
    }

    @Test
    void publicKeyOfAnotherPairOrWithASecretIsReported() {
        ConfigProblem other = onlyProblem(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.PUBLIC_KEY, TestKeys.publicPem(TestKeys.otherEc()));
        ConfigProblem withSecret = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32),
                SettingKeys.PUBLIC_KEY, TestKeys.publicPem(TestKeys.otherEc()));

        assertThat(other.id(), is("SJWT0036"));
        assertThat(other.value(), is("(an EC key on P-256 that does not belong to the private key, not shown)"));
        assertThat(withSecret.id(), is("SJWT0036"));
        assertThat(withSecret.expected(), containsString("a secret has none"));
    }

    @Test
    void matchingPublicKeyAndCertificateAreAccepted() {
        assertThat(read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")), SettingKeys.PUBLIC_KEY,
                TestKeys.publicJwk(TestKeys.ec("P-256"), null, null)).keys().current().algorithm(), is("ES256"));
        assertThat(read(SettingKeys.KEY, "classpath:keys/openssl-rsa-pkcs1-private.pem", SettingKeys.PUBLIC_KEY,
                "classpath:keys/openssl-rsa-certificate.pem").keys().current().algorithm(), is("RS256"));
    }

    @Test
    void pemWithAnUnrelatedSecondKeyIsReported() {
        String pem = TestKeys.privatePem(TestKeys.ec("P-256")) + TestKeys.publicPem(TestKeys.otherEc());

        assertThat(onlyProblem(SettingKeys.KEY, pem).id(), is("SJWT0036"));
        assertThat(read(SettingKeys.KEY, pem.replace(TestKeys.publicPem(TestKeys.otherEc()),
                TestKeys.publicPem(TestKeys.ec("P-256")))).keys().keys(), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "ünïcode"})
    void badKeyIdIsReported(String kid) {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.KEY_ID, kid);

        assertThat(problem.id(), is("SJWT0037"));
        assertThat(problem.key(), is("session-jwt.key-id"));
    }

    @Test
    void verificationKeysAsAnInlineJwkSetWithCommas() {
        String set = "{\"keys\":[" + TestKeys.publicJwk(TestKeys.rsa(), "rsa-old", "RS256") + ","
                + TestKeys.octJwk(TestKeys.secret(32), "hmac-old") + "]}";

        SigningSettings settings = read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.VERIFICATION_KEYS, set);

        assertThat(settings.keys().keys().stream().map(k -> k.keyId() + "/" + k.algorithm() + "/" + k.canSign()).toList(),
                contains(settings.keys().current().keyId() + "/ES256/true", "rsa-old/RS256/false", "hmac-old/HS256/false"));
    }

    @Test
    void verificationKeysAsACommaSeparatedListOfLocationsAndSecrets() throws IOException {
        String oldPublic = file("old.pub", TestKeys.publicPem(TestKeys.otherEc()));
        String oldRsa = "file:" + file("old-rsa.pem", TestKeys.privatePem(TestKeys.rsa()));

        SigningSettings settings = read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.VERIFICATION_KEYS, oldPublic + " , " + oldRsa + ",secret:" + TestKeys.secret(40) + ",");

        assertThat(settings.keys().keys().stream().map(JwtKey::algorithm).toList(),
                contains("ES256", "ES256", "RS256", "HS256"));
        assertThat(settings.keys().forKeyId(JwtKey.thumbprint(TestKeys.otherEc().getPublic())).canSign(), is(false));
        assertThat(settings.jwksPath().isPresent(), is(true));
    }

    @Test
    void verificationKeyTakesTheCurrentAlgorithmWhenItFits() {
        SigningSettings settings = read(SettingKeys.KEY, TestKeys.privatePem(TestKeys.rsa()), SettingKeys.ALGORITHM,
                "PS384", SettingKeys.VERIFICATION_KEYS, TestKeys.publicPem(TestKeys.otherRsa()));

        assertThat(settings.keys().keys().get(1).algorithm(), is("PS384"));
    }

    @Test
    void jwkSetAsTheKeySignsWithItsFirstKeyAndVerifiesWithTheOthers() {
        String set = "{\"keys\":[" + TestKeys.privateJwk(TestKeys.ec("P-256"), "2025", "ES256") + ","
                + TestKeys.publicJwk(TestKeys.otherEc(), "2024", "ES256") + "]}";

        SigningSettings settings = read(SettingKeys.KEY, set);

        assertThat(settings.keys().current().keyId(), is("2025"));
        assertThat(settings.keys().forKeyId("2024").canSign(), is(false));
    }

    @Test
    void currentKeyListedAgainAsVerificationKeyIsIgnoredButAnotherKeyWithItsKidIsReported() {
        String current = TestKeys.privateJwk(TestKeys.ec("P-256"), "k1", null);

        assertThat(read(SettingKeys.KEY, current, SettingKeys.VERIFICATION_KEYS,
                TestKeys.publicJwk(TestKeys.ec("P-256"), "k1", null)).keys().keys(), hasSize(1));
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, current, SettingKeys.VERIFICATION_KEYS,
                TestKeys.publicJwk(TestKeys.otherEc(), "k1", null));
        assertThat(problem.id(), is("SJWT0037"));
        assertThat(problem.key(), is("session-jwt.verification-keys"));
    }

    @Test
    void weakVerificationKeyIsReported() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, SECRET_PREFIX + TestKeys.secret(32), SettingKeys.VERIFICATION_KEYS,
                "classpath:keys/openssl-rsa-1024-private.pem");

        assertThat(problem.id(), is("SJWT0034"));
        assertThat(problem.key(), is("session-jwt.verification-keys"));
    }

    @Test
    void everyKeyProblemIsReportedAtOnceAndNoKeyMaterialIsShown() {
        String privatePem = TestKeys.privatePem(TestKeys.rsa(1024));
        String secret = TestKeys.secret(20);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config(
                SettingKeys.KEY, privatePem, SettingKeys.ALGORITHM, "RS256", SettingKeys.KEY_ID, "bad id",
                SettingKeys.PUBLIC_KEY, "file:/nowhere/public.pem", SettingKeys.VERIFICATION_KEYS,
                "secret:" + secret + ",/nowhere/old.pem", SettingKeys.JWKS_MAX_AGE, "soon", SettingKeys.EXPIRES, "0")));

        assertThat(e.problems().stream().map(ConfigProblem::id).toList(),
                contains("SJWT0037", "SJWT0034", "SJWT0030", "SJWT0002", "SJWT0030", "SJWT0038", "SJWT0004"));
        String body = privatePem.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow();
        assertThat(e.getMessage(), not(containsString(body)));
        assertThat(e.getMessage(), not(containsString(secret)));
    }

    @Test
    void secretIsTakenOnlyWithItsPrefix() {
        JwtKey key = read(SettingKeys.KEY, "secret:" + TestKeys.secret(32)).keys().current();

        assertThat(key.algorithm(), is("HS256"));
        assertThat(key.signingKey().getEncoded(), is(TestKeys.secret(32).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void secretWithoutItsPrefixFailsTheDeploymentAndIsNotShown() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, TestKeys.secret(32));

        assertThat(problem.message(), is("SJWT0031: session-jwt.key = (base64 text of 24 bytes (an HMAC"
                + " secret without its secret: prefix?), not shown) is invalid; expected a PEM document, a JWK or JWK"
                + " set, one OpenSSH public key line, or an HMAC secret written secret:<the secret>; if this is an"
                + " HMAC secret, write secret: before it [see src/site/markdown/messages.md#sjwt0031]"));
    }

    @Test
    void tooShortSecretWithItsPrefixKeepsTheMinimumLength() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, "secret:" + TestKeys.secret(31));

        assertThat(problem.id(), is("SJWT0002"));
        assertThat(problem.value(), is("(a secret of 31 bytes, not shown)"));
        assertThat(onlyProblem(SettingKeys.KEY, "secret:").id(), is("SJWT0002"));
    }

    @Test
    void unmountedSecretFileIsRefusedNotTakenForASecretEqualToItsPath() {
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, "/run/secrets/session_signing_key");

        assertThat(problem.id(), is("SJWT0030"));
        assertThat(problem.value(), is("(a plain path to a file that does not exist (or an HMAC secret without its"
                + " secret: prefix), not shown)"));
    }

    @Test
    void fileHoldingASecretSaysSoWithThePrefixAndOtherwiseIsRefused() throws IOException {
        String labelled = file("session_secret", "secret:" + TestKeys.secret(48) + "\n");
        String bare = file("old_secret", TestKeys.secret(48) + "\n");

        assertThat(read(SettingKeys.KEY, labelled).keys().current().signingKey().getEncoded().length, is(48));
        ConfigProblem problem = onlyProblem(SettingKeys.KEY, bare);
        assertThat(problem.id(), is("SJWT0031"));
        assertThat(problem.value(), is('"' + bare + "\" (base64 text of 36 bytes (an HMAC secret without its"
                + " secret: prefix?))"));
    }

    @Test
    void verificationKeysNeverTakeAPublicKeyWithoutPemLinesForASecret() {
        String bareEc = java.util.Base64.getEncoder().encodeToString(TestKeys.otherEc().getPublic().getEncoded());
        String bareEd = java.util.Base64.getEncoder().encodeToString(TestKeys.edwards("Ed25519").getPublic()
                .getEncoded());

        List<ConfigProblem> problems = problems(SettingKeys.KEY, TestKeys.privatePem(TestKeys.ec("P-256")),
                SettingKeys.VERIFICATION_KEYS, bareEc + "," + bareEd + ",https://login.example.com/jwks.json");

        assertThat(problems.stream().map(ConfigProblem::value).toList(), contains(
                "(bare base64 of an EC key on P-256 (a public key without its PEM lines), not shown)",
                "(bare base64 of an Ed25519 key (a public key without its PEM lines), not shown)",
                "(a URL (https://...), not shown)"));
        assertThat(problems.stream().map(ConfigProblem::id).distinct().toList(), contains("SJWT0031"));
    }

    @Test
    void octJwkStaysAnExplicitSecret() {
        assertThat(read(SettingKeys.KEY, TestKeys.octJwk(TestKeys.secret(32), "hs")).keys().current().algorithm(),
                is("HS256"));
    }
}
