package dev.sessionjwt.cdi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.claims.ClaimField;
import dev.sessionjwt.claims.ClaimSettings;
import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SigningSettings;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenParties;

/** Unit tests of {@link ProducerClaimValidation}: malformed, reserved and duplicate producer claim names. */
class ProducerClaimValidationTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String MALFORMED = " has a malformed name; expected a letter or '_' followed by letters,"
            + " digits, '_', '-' or '.' (at most 64)";
    private static final String RESERVED = " uses a reserved name; expected none of"
            + " aud, exp, groups, iat, iss, jti, nbf, sub, typ, upn, ";
    private static final String USED_ONCE = "; expected every short and long claim name to be used once";

    private static SessionJwtSettings settingsWithSessionField(String sessionField, String... fields) {
        List<ClaimField> parsed = Arrays.stream(fields).map(ClaimField::parse).toList();
        return new SessionJwtSettings(new SigningSettings(JwtKeyRing.of(JwtKey.hmacSha256(SECRET)), TokenParties.NONE,
                Optional.empty(), Duration.ofMinutes(5)), sessionField, Optional.empty(), false, Duration.ofSeconds(30), 8192,
                new ClaimSettings(true, parsed, true), 4096);
    }

    private static SessionJwtSettings settings(String... fields) {
        return settingsWithSessionField("sk", fields);
    }

    private static String where(ProducerClaim producer) {
        return "@SessionClaim(value = \"" + producer.shortName() + "\", longName = \"" + producer.longName()
                + "\") on " + producer.member();
    }

    private static ProducerClaim producer(String shortName, String longName) {
        return new ProducerClaim(shortName, longName, "String app.Claims." + shortName + "()");
    }

    @Test
    void distinctWellFormedProducersHaveNoProblems() {
        List<ProducerClaim> producers = List.of(producer("tenant", "tenant"), producer("r", "region"),
                producer("x.y", "x_y-z"));

        assertThat(ProducerClaimValidation.problems(producers, settings("email:e:email")), is(List.of()));
    }

    @Test
    void noProducersHaveNoProblems() {
        assertThat(ProducerClaimValidation.problems(List.of(), settings("email:e:email")), is(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "groups", "upn", "iat", "exp", "nbf", "jti", "iss", "aud", "typ", "sk"})
    void reservedShortNameIsSjwt0043(String name) {
        ProducerClaim producer = producer(name, "fine");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings()),
                contains("SJWT0043: " + where(producer) + RESERVED + "sk"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "groups", "exp", "sk"})
    void reservedLongNameIsSjwt0043(String name) {
        ProducerClaim producer = producer("fine", name);

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings()),
                contains("SJWT0043: " + where(producer) + RESERVED + "sk"));
    }

    @Test
    void configuredSessionFieldIsReservedInsteadOfSk() {
        ProducerClaim sid = producer("sid", "sid");
        ProducerClaim sk = producer("sk", "sk");

        assertThat(ProducerClaimValidation.problems(List.of(sid, sk), settingsWithSessionField("sid")),
                contains("SJWT0043: " + where(sid) + RESERVED + "sid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1tenant", "ten ant", "-t", "tenant!", "é", "$t"})
    void malformedShortNameIsSjwt0043(String name) {
        ProducerClaim producer = producer(name, "tenant");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings()),
                contains("SJWT0043: " + where(producer) + MALFORMED));
    }

    @Test
    void malformedLongNameIsSjwt0043() {
        ProducerClaim producer = producer("t", "tenant id");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings()),
                contains("SJWT0043: " + where(producer) + MALFORMED));
    }

    @Test
    void nameLongerThanSixtyFourCharactersIsMalformed() {
        ProducerClaim producer = producer("t".repeat(65), "t");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings()),
                contains("SJWT0043: " + where(producer) + MALFORMED));
    }

    @Test
    void duplicateShortNameAcrossProducersIsSjwt0044() {
        ProducerClaim first = producer("t", "tenant");
        ProducerClaim second = new ProducerClaim("t", "team", "String app.Other.team()");

        assertThat(ProducerClaimValidation.problems(List.of(first, second), settings()),
                contains("SJWT0044: " + where(second) + " reuses a claim name of " + where(first) + USED_ONCE));
    }

    @Test
    void duplicateLongNameAcrossProducersIsSjwt0044() {
        ProducerClaim first = producer("t", "tenant");
        ProducerClaim second = producer("tn", "tenant");

        assertThat(ProducerClaimValidation.problems(List.of(first, second), settings()),
                contains("SJWT0044: " + where(second) + " reuses a claim name of " + where(first) + USED_ONCE));
    }

    @Test
    void producerReusingAFieldShortNameIsSjwt0044NamingTheField() {
        ProducerClaim producer = producer("e", "mail");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings("email:e:email")),
                contains("SJWT0044: " + where(producer) + " reuses a claim name of field email" + USED_ONCE));
    }

    @Test
    void producerReusingAFieldLongNameIsSjwt0044NamingTheField() {
        ProducerClaim producer = producer("dn", "display_name");

        assertThat(ProducerClaimValidation.problems(List.of(producer),
                        settings("email:e:email", "profile.displayName:d:display_name")),
                contains("SJWT0044: " + where(producer) + " reuses a claim name of field profile.displayName"
                        + USED_ONCE));
    }

    @Test
    void producerReusingBothNamesOfAFieldGetsOneProblemPerName() {
        ProducerClaim producer = producer("email", "email");

        assertThat(ProducerClaimValidation.problems(List.of(producer), settings("email")), contains(
                "SJWT0044: " + where(producer) + " reuses a claim name of field email" + USED_ONCE,
                "SJWT0044: " + where(producer) + " reuses a claim name of field email" + USED_ONCE));
    }

    @Test
    void shortAndLongNameOfOneProducerMayBeEqual() {
        assertThat(ProducerClaimValidation.problems(List.of(producer("tenant", "tenant")), settings()),
                is(List.of()));
    }

    @Test
    void everyProblemIsListedInProducerOrder() {
        ProducerClaim reserved = producer("exp", "expiry");
        ProducerClaim malformed = producer("9lives", "lives");
        ProducerClaim tenant = producer("t", "tenant");
        ProducerClaim field = producer("e", "e_mail");
        ProducerClaim again = producer("t", "tenant2");
        ProducerClaim reservedLong = producer("s", "sub");

        List<String> problems = ProducerClaimValidation.problems(
                List.of(reserved, malformed, tenant, field, again, reservedLong), settings("email:e:email"));

        assertThat(problems, contains(
                "SJWT0043: " + where(reserved) + RESERVED + "sk",
                "SJWT0043: " + where(malformed) + MALFORMED,
                "SJWT0044: " + where(field) + " reuses a claim name of field email" + USED_ONCE,
                "SJWT0044: " + where(again) + " reuses a claim name of " + where(tenant) + USED_ONCE,
                "SJWT0043: " + where(reservedLong) + RESERVED + "sk"));
    }

    @Test
    void rejectedProducerDoesNotCountAsAnEarlierUseOfItsName() {
        ProducerClaim malformed = producer("t", "bad name");
        ProducerClaim reserved = producer("u", "upn");
        ProducerClaim valid = producer("t", "u");

        assertThat(ProducerClaimValidation.problems(List.of(malformed, reserved, valid), settings()), contains(
                "SJWT0043: " + where(malformed) + MALFORMED,
                "SJWT0043: " + where(reserved) + RESERVED + "sk"));
    }
}
