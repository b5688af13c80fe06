package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.keys.OpenSshKeysTestAccess;

import dev.sessionjwt.internal.claims.DjangoFields;

/**
 * The django-session-jwt profile of {@link SessionJwtReader}: tokens built with jose4j exactly as that package's
 * {@code create_jwt} and PyJWT write them (header {"alg":"HS256","typ":"JWT"}, payload {@code sk}, {@code iat},
 * {@code exp} only with EXPIRES, the FIELDS short names, then CALLABLE's claims; no jti, no iss).
 */
class DjangoSessionJwtTokensTest {

    /** The secret of django-session-jwt's own test settings, as a Django SECRET_KEY looks. */
    private static final String SECRET_KEY = "8ij$(7l2!w0f8kggntbv=+$bd=^2xs$cl+3v^_##qjw@2py9_3";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final long IAT = NOW.getEpochSecond() - 60;
    private static final String SESSION_KEY = "x3q0mm6v0b6dkx5a2q1jv7y2b0zq8c4n";
    private static final String FIELDS = "('id', ('username', 'un'), ('email', 'e', 'email'))";

    private static String hs256(String payload) throws JoseException {
        return sign(payload, "HS256", new HmacKey(SECRET_KEY.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sign(String payload, String alg, java.security.Key key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(alg);
        jws.setHeader("typ", "JWT");
        jws.setPayload(payload);
        jws.setKey(key);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    private static SessionJwtReaderBuilder django() {
        return SessionJwtReader.builder().djangoSessionJwt().hmacSecret(SECRET_KEY).djangoFields(FIELDS)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static TokenRejection rejection(SessionJwtReader reader, String token) {
        return assertThrows(InvalidSessionTokenException.class, () -> reader.read(token)).reason();
    }

    @Test
    void anHs256TokenWithExpiresIsReadWithLongNamesInDjangosOrder() throws Exception {
        String token = hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 1209600)
                + ",\"id\":7,\"un\":\"alice\",\"e\":\"alice@example.com\",\"tenant\":\"acme\"}");
        assertThat(token.substring(0, token.indexOf('.')), is("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"));

        Map<String, Object> claims = django().build().read(token);

        assertThat(claims.keySet(), contains("sk", "iat", "exp", "id", "un", "email", "tenant"));
        assertThat(claims.get("email"), is("alice@example.com"));
        assertThat(claims.get("sk"), is(SESSION_KEY));
    }

    @Test
    void aTokenWithoutExpIsRejectedWithItsOwnReasonUnlessTheReaderHasAMaximumAge() throws Exception {
        String token = hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"id\":7}");

        assertThat(rejection(django().build(), token), is(TokenRejection.NO_EXPIRY));
        assertThat(django().maxAge(Duration.ofHours(1)).build().read(token).get("id"), is(7L));
        assertThat("older than the maximum age", rejection(django().maxAge(Duration.ofSeconds(10)).build(), token),
                is(TokenRejection.EXPIRED));
    }

    @Test
    void ourOwnStrictReaderStillRequiresJtiAndExpOfADjangoToken() throws Exception {
        String token = hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 600) + "}");
        SessionJwtReader strict = SessionJwtReader.builder().hmacSecret(SECRET_KEY).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        assertThat(rejection(strict, token), is(TokenRejection.MISSING_CLAIM));
        assertThat(django().build().read(token).get("sk"), is(SESSION_KEY));
    }

    @Test
    void anRs256TokenVerifiesWithTheOpenSshRsaLineDjangoIsGiven() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String token = sign("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 600) + "}", "RS256",
                pair.getPrivate());
        SessionJwtReader reader = SessionJwtReader.builder().djangoSessionJwt()
                .key(OpenSshKeysTestAccess.line(pair.getPublic()) + " django@web1")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThat(reader.read(token).get("sk"), is(SESSION_KEY));
        assertThat("HS256 signed with the public key's bytes (key confusion)", rejection(reader,
                sign("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 600) + "}", "HS256",
                        new HmacKey(pair.getPublic().getEncoded()))), is(TokenRejection.WRONG_ALGORITHM));
    }

    @Test
    void aCallableThatOverwritesSkWithANonSessionIdIsRejected() throws Exception {
        // Python's dict.update keeps sk's position and replaces its value with what CALLABLE returned
        String token = hs256("{\"sk\":{\"evil\":true},\"iat\":" + IAT + ",\"exp\":" + (IAT + 600) + "}");
        InvalidSessionTokenException e = assertThrows(InvalidSessionTokenException.class,
                () -> django().build().read(token));
        assertThat(e.reason(), is(TokenRejection.INVALID_CLAIM));
        assertThat(e.getMessage(), containsString("sk is not a session id"));
    }

    @Test
    void aPayloadThatNamesSkTwiceIsRejectedSoNoParserDifferenceCanPickTheSecond() throws Exception {
        String token = hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 600)
                + ",\"sk\":\"someone-elses-session-key\"}");
        assertThat(rejection(django().build(), token), is(TokenRejection.MALFORMED));
    }

    @Test
    void noneFloatIatStringExpAndAnUnsignedHeaderAreRejectedWithReasons() throws Exception {
        SessionJwtReader reader = django().maxAge(Duration.ofDays(1)).build();
        String claims = "{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":" + (IAT + 600) + "}";
        JsonWebSignature none = new JsonWebSignature();
        none.setAlgorithmHeaderValue("none");
        none.setHeader("typ", "JWT");
        none.setPayload(claims);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        String unsigned = none.getCompactSerialization() + "c2ln";

        assertThat(rejection(reader, unsigned), is(TokenRejection.WRONG_ALGORITHM));
        assertThat(rejection(reader, hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ".5}")),
                is(TokenRejection.INVALID_CLAIM));
        assertThat(rejection(reader, hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + IAT + ",\"exp\":\""
                + (IAT + 600) + "\"}")), is(TokenRejection.INVALID_CLAIM));
        assertThat("iat in the future", rejection(reader, hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":"
                + (IAT + 3600) + "}")), is(TokenRejection.NOT_YET_VALID));
        assertThat("expired", rejection(reader, hs256("{\"sk\":\"" + SESSION_KEY + "\",\"iat\":" + (IAT - 7200)
                + ",\"exp\":" + (IAT - 3600) + "}")), is(TokenRejection.EXPIRED));
    }

    @Test
    void djangoFieldsFollowThePackagesRulesForOneTwoAndThreeNames() {
        assertThat(DjangoFields.parse(FIELDS), is(Map.of("id", "id", "un", "un", "e", "email")));
        assertThat(DjangoFields.parse("[\"id\", (\"profile.tenant\",)]"), is(Map.of("id", "id",
                "profile.tenant", "profile.tenant")));
        assertThrows(IllegalArgumentException.class, () -> DjangoFields.parse("(('a', 'x'), ('b', 'x'))"));
    }
}
