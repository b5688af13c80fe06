package dev.sessionjwt.internal.cdi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.message.Message;

/**
 * Unit tests of {@link ProducerClaimValidation}: malformed, reserved and duplicate producer claim names, each
 * reported in the form of a configuration problem (producer, its names, what is expected).
 */
class ProducerClaimValidationTest {

    private static final String EXPECTED_NAMES = " is invalid; expected claim names of a letter or '_', then letters,"
            + " digits, '_', '-' or '.' (at most 64), none of them reserved: aud, exp, groups, iat, iss, jti, nbf, ";
    private static final String USED_ONCE = " is invalid; expected every short and long claim name to be used once; ";

    private static List<String> problemsWithSessionField(List<ProducerClaim> producers, String sessionField,
                                                         String... fields) {
        List<ClaimField> parsed = Arrays.stream(fields).map(ClaimField::parse).toList();
        return ProducerClaimValidation.problems(producers, sessionField, parsed).stream()
                .map(ConfigProblem::message).toList();
    }

    private static List<String> problems(List<ProducerClaim> producers, String... fields) {
        return problemsWithSessionField(producers, "sk", fields);
    }

    private static String where(ProducerClaim producer) {
        return "@SessionClaim on " + producer.member() + " = value \"" + producer.shortName() + "\", longName \""
                + producer.longName() + "\"";
    }

    private static String badName(ProducerClaim producer, String reservedAfterNbf) {
        return Message.BAD_PRODUCER_CLAIM_NAME.id() + ": " + where(producer) + EXPECTED_NAMES + reservedAfterNbf
                + Message.reference(Message.BAD_PRODUCER_CLAIM_NAME.id());
    }

    private static String badName(ProducerClaim producer) {
        return badName(producer, "sk, sub, typ, upn");
    }

    private static String reused(ProducerClaim producer, String earlier) {
        return Message.DUPLICATE_PRODUCER_CLAIM_NAME.id() + ": " + where(producer) + USED_ONCE + earlier
                + " uses one of them already" + Message.reference(Message.DUPLICATE_PRODUCER_CLAIM_NAME.id());
    }

    private static String atSessionClaim(ProducerClaim producer) {
        return "@SessionClaim on " + producer.member();
    }

    private static ProducerClaim producer(String shortName, String longName) {
        return new ProducerClaim(shortName, longName, "String app.Claims." + shortName + "()");
    }

    @Test
    void distinctWellFormedProducersHaveNoProblems() {
        List<ProducerClaim> producers = List.of(producer("tenant", "tenant"), producer("r", "region"),
                producer("x.y", "x_y-z"));

        assertThat(problems(producers, "email:e:email"), is(List.of()));
    }

    @Test
    void noProducersHaveNoProblems() {
        assertThat(problems(List.of(), "email:e:email"), is(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "groups", "upn", "iat", "exp", "nbf", "jti", "iss", "aud", "typ", "sk"})
    void reservedShortNameIsABadProducerClaimName(String name) {
        ProducerClaim producer = producer(name, "fine");

        assertThat(problems(List.of(producer)),
                contains(badName(producer)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "groups", "exp", "sk"})
    void reservedLongNameIsABadProducerClaimName(String name) {
        ProducerClaim producer = producer("fine", name);

        assertThat(problems(List.of(producer)),
                contains(badName(producer)));
    }

    @Test
    void configuredSessionFieldIsReservedInsteadOfSk() {
        ProducerClaim sid = producer("sid", "sid");
        ProducerClaim sk = producer("sk", "sk");

        assertThat(problemsWithSessionField(List.of(sid, sk), "sid"),
                contains(badName(sid, "sid, sub, typ, upn")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1tenant", "ten ant", "-t", "tenant!", "é", "$t"})
    void malformedShortNameIsABadProducerClaimName(String name) {
        ProducerClaim producer = producer(name, "tenant");

        assertThat(problems(List.of(producer)),
                contains(badName(producer)));
    }

    @Test
    void malformedLongNameIsABadProducerClaimName() {
        ProducerClaim producer = producer("t", "tenant id");

        assertThat(problems(List.of(producer)),
                contains(badName(producer)));
    }

    @Test
    void nameLongerThanSixtyFourCharactersIsMalformed() {
        ProducerClaim producer = producer("t".repeat(65), "t");

        assertThat(problems(List.of(producer)),
                contains(badName(producer)));
    }

    @Test
    void duplicateShortNameAcrossProducersIsAReusedClaimName() {
        ProducerClaim first = producer("t", "tenant");
        ProducerClaim second = new ProducerClaim("t", "team", "String app.Other.team()");

        assertThat(problems(List.of(first, second)),
                contains(reused(second, atSessionClaim(first))));
    }

    @Test
    void duplicateLongNameAcrossProducersIsAReusedClaimName() {
        ProducerClaim first = producer("t", "tenant");
        ProducerClaim second = producer("tn", "tenant");

        assertThat(problems(List.of(first, second)),
                contains(reused(second, atSessionClaim(first))));
    }

    @Test
    void producerReusingAFieldShortNameIsAReusedClaimNameNamingTheField() {
        ProducerClaim producer = producer("e", "mail");

        assertThat(problems(List.of(producer), "email:e:email"),
                contains(reused(producer, "field email")));
    }

    @Test
    void producerReusingAFieldLongNameIsAReusedClaimNameNamingTheField() {
        ProducerClaim producer = producer("dn", "display_name");

        assertThat(problems(List.of(producer),
                        "email:e:email", "profile.displayName:d:display_name"),
                contains(reused(producer, "field profile.displayName")));
    }

    @Test
    void producerReusingBothNamesOfAFieldGetsOneProblemPerName() {
        ProducerClaim producer = producer("email", "email");

        assertThat(problems(List.of(producer), "email"), contains(
                reused(producer, "field email"), reused(producer, "field email")));
    }

    @Test
    void shortAndLongNameOfOneProducerMayBeEqual() {
        assertThat(problems(List.of(producer("tenant", "tenant"))),
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

        List<String> problems = problems(
                List.of(reserved, malformed, tenant, field, again, reservedLong), "email:e:email");

        assertThat(problems, contains(
                badName(reserved),
                badName(malformed),
                reused(field, "field email"),
                reused(again, atSessionClaim(tenant)),
                badName(reservedLong)));
    }

    @Test
    void rejectedProducerDoesNotCountAsAnEarlierUseOfItsName() {
        ProducerClaim malformed = producer("t", "bad name");
        ProducerClaim reserved = producer("u", "upn");
        ProducerClaim valid = producer("t", "u");

        assertThat(problems(List.of(malformed, reserved, valid)), contains(
                badName(malformed),
                badName(reserved)));
    }
}
