package dev.sessionjwt.internal.config;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.config.SettingKeys;

/** Unit tests of {@link SettingsReader}: defaults, every invalid value, and all problems reported at once. */
class SettingsReaderTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    /** A config holding exactly the given key/value pairs. */
    private static Config config(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(map, "test", 100)).build();
    }

    /** A valid key plus one more setting. */
    private static Config withKey(String key, String value) {
        return config(SettingKeys.KEY, "secret:" + SECRET, key, value);
    }

    /** The one problem reading this config must report. */
    private static ConfigProblem onlyProblem(Config config) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config));
        assertThat(e.problems(), hasSize(1));
        return e.problems().get(0);
    }

    @Test
    void minimalConfigGivesTheDocumentedDefaults() {
        SessionJwtSettings settings = SettingsReader.read(config(SettingKeys.KEY, "secret:" + SECRET));

        assertThat(settings.signing().keys().current().signingKey().getEncoded(), is(SECRET.getBytes(UTF_8)));
        assertThat(settings.sessionField(), is("sk"));
        assertThat(settings.expires(), is(Optional.empty()));
        assertThat(settings.saveEveryRequest(), is(false));
        assertThat(settings.clockSkew(), is(Duration.ofSeconds(30)));
        assertThat(settings.maxTokenSize(), is(8192));
        assertThat(settings.cacheSize(), is(4096));
        assertThat(settings.clusterStore(), is("payara/Hazelcast"));
    }

    @Test
    void clusterStoreIsReadAndAnEmptyOneIsReported() {
        assertThat(SettingsReader.read(withKey(SettingKeys.CLUSTER_HAZELCAST_JNDI, " java:global/hz ")).clusterStore(),
                is("java:global/hz"));
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.CLUSTER_HAZELCAST_JNDI, " "));
        assertThat(problem.message(), is(Message.EMPTY_CLUSTER_STORE_NAME.id() + ": session-jwt.cluster.hazelcast-jndi"
                + " = \"\" is invalid; expected the"
                + " JNDI name of the container's Hazelcast instance (default payara/Hazelcast)"
                + Message.reference(Message.EMPTY_CLUSTER_STORE_NAME.id())));
    }

    /** The moment the rollout-window tests deploy at. */
    private static final Clock DEPLOYED = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

    /** The settings as read by a deployment at {@link #DEPLOYED}. */
    private static SessionJwtSettings readAtDeployment(Config config) {
        return SettingsReader.check(config, SettingsReaderTest.class.getClassLoader(), DEPLOYED).orThrow();
    }

    /** The one problem a deployment at {@link #DEPLOYED} must report for this config. */
    private static ConfigProblem onlyProblemAtDeployment(Config config) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> readAtDeployment(config));
        assertThat(e.problems(), hasSize(1));
        return e.problems().get(0);
    }

    @Test
    void thePlainSessionIdWindowIsAnIsoInstantAndABadOneIsReportedAsSjwt0008() {
        assertThat(readAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL, "2027-01-15T00:00:00Z"))
                .acceptPlainSessionIdsUntil(), is(Optional.of(Instant.parse("2027-01-15T00:00:00Z"))));
        assertThat(readAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL, "2027-01-15T01:00:00+01:00"))
                .acceptPlainSessionIdsUntil(), is(Optional.of(Instant.parse("2027-01-15T00:00:00Z"))));
        assertThat(readAtDeployment(config(SettingKeys.KEY, "secret:" + SECRET)).acceptPlainSessionIdsUntil(),
                is(Optional.empty()));
        ConfigProblem problem = onlyProblemAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL,
                "next tuesday"));
        assertThat(problem.message(), is("SJWT0008: session-jwt.accept-plain-session-ids-until = \"next tuesday\" is"
                + " invalid; expected an ISO-8601 instant with its offset, for example 2027-01-15T00:00:00Z (the end of"
                + " the rollout window), or no value to accept no plain session id"
                + " [see src/site/markdown/messages.md#sjwt0008]"));
    }

    @Test
    void aPlainSessionIdWindowOfAtMostThirtyDaysFromTheDeploymentIsAcceptedAndAPastOneIsAClosedWindow() {
        assertThat(readAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL, "2027-01-31T00:00:00Z"))
                .acceptPlainSessionIdsUntil(), is(Optional.of(Instant.parse("2027-01-31T00:00:00Z"))));
        assertThat(readAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL, "2026-06-01T00:00:00Z"))
                .acceptPlainSessionIdsUntil(), is(Optional.of(Instant.parse("2026-06-01T00:00:00Z"))));
    }

    @Test
    void aPlainSessionIdWindowEndingMoreThanThirtyDaysAfterTheDeploymentFailsItNamingKeyValueAndMaximum() {
        ConfigProblem problem = onlyProblemAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL,
                "2027-01-31T00:00:01Z"));

        assertThat(problem.message(), is(Message.PLAIN_ID_WINDOW_TOO_LONG.id() + ": session-jwt.accept-plain-session-ids-until"
                + " = \"2027-01-31T00:00:01Z\" is invalid; expected an instant at most 30 days after the deployment"
                + " (now 2027-01-01T00:00:00Z, so at the latest 2027-01-31T00:00:00Z): the longest session timeout from"
                + " now; a later deployment may open a new window [see src/site/markdown/messages.md#sjwt0050]"));
        assertThat(onlyProblemAtDeployment(withKey(SettingKeys.ACCEPT_PLAIN_SESSION_IDS_UNTIL, "9999-12-31T23:59:59Z"))
                .id(), is(Message.PLAIN_ID_WINDOW_TOO_LONG.id()));
    }

    @Test
    void everySettingIsRead() {
        SessionJwtSettings settings = SettingsReader.read(config(SettingKeys.KEY, "secret:" + SECRET,
                SettingKeys.SESSION_FIELD, "sid", SettingKeys.EXPIRES, "3600", SettingKeys.SAVE_EVERY_REQUEST, "TRUE",
                SettingKeys.CLOCK_SKEW, "5", SettingKeys.MAX_TOKEN_SIZE, "4096", SettingKeys.CACHE_SIZE, "100"));

        assertThat(settings.sessionField(), is("sid"));
        assertThat(settings.expires(), is(Optional.of(Duration.ofHours(1))));
        assertThat(settings.saveEveryRequest(), is(true));
        assertThat(settings.clockSkew(), is(Duration.ofSeconds(5)));
        assertThat(settings.maxTokenSize(), is(4096));
        assertThat(settings.cacheSize(), is(100));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        SessionJwtSettings settings = SettingsReader.read(config(SettingKeys.KEY, " secret:" + SECRET + " ",
                SettingKeys.EXPIRES, " 60 ", SettingKeys.SAVE_EVERY_REQUEST, " false "));

        assertThat(settings.signing().keys().current().signingKey().getEncoded(), is(SECRET.getBytes(UTF_8)));
        assertThat(settings.expires(), is(Optional.of(Duration.ofMinutes(1))));
        assertThat(settings.saveEveryRequest(), is(false));
    }

    @Test
    void missingKeyIsReportedAsSjwt0001() {
        ConfigProblem problem = onlyProblem(config());

        assertThat(problem.id(), is("SJWT0001"));
        assertThat(problem.key(), is("session-jwt.key"));
        assertThat(problem.value(), is("(absent)"));
        assertThat(problem.expected(), containsString("at least 32 bytes"));
    }

    @Test
    void emptyKeyCountsAsMissing() {
        assertThat(onlyProblem(config(SettingKeys.KEY, "")).id(), is("SJWT0001"));
    }

    @Test
    void shortKeyIsReportedAsSjwt0002WithoutShowingTheSecret() {
        String shortSecret = "s3cr3t-that-is-only-31-bytes-xx";
        Config config = config(SettingKeys.KEY, "secret:" + shortSecret);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config));
        ConfigProblem problem = e.problems().get(0);

        assertThat(problem.id(), is("SJWT0002"));
        assertThat(problem.key(), is("session-jwt.key"));
        assertThat(problem.value(), is("(a secret of 31 bytes, not shown)"));
        assertThat(problem.expected(), containsString("at least 32 bytes"));
        assertThat(problem.message(), not(containsString(shortSecret)));
        assertThat(e.getMessage(), not(containsString(shortSecret)));
        assertThat(e.getMessage(), not(containsString("s3cr3t")));
    }

    @Test
    void keyLengthCountsUtf8BytesNotCharacters() {
        // 16 characters, 32 bytes
        assertThat(SettingsReader.read(config(SettingKeys.KEY, "secret:" + "é".repeat(16))).signing().keys().current().signingKey()
                .getEncoded(), is("é".repeat(16).getBytes(UTF_8)));
        // 31 characters, 31 bytes
        assertThat(onlyProblem(config(SettingKeys.KEY, "secret:" + "k".repeat(31))).id(), is("SJWT0002"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1sk", "has space", ".ab", "a;b", "sk!", "-sk", "ß", "iat", "exp", "nbf", "jti", "iss",
            "aud", "sub", "groups", "typ", "upn"})
    void badOrReservedSessionFieldIsReportedAsSjwt0003(String field) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.SESSION_FIELD, field));

        assertThat(problem.id(), is("SJWT0003"));
        assertThat(problem.key(), is("session-jwt.session-field"));
        assertThat(problem.value(), is('"' + field + '"'));
        assertThat(problem.expected(), containsString("reserved names aud, exp, groups, iat, iss, jti, nbf, sub, typ, upn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sid", "a.b", "a-b", "_x", "x9", "1a", ".a", "a b", "a;b", "é", "$t", "exp",
        "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcde"})
    void sessionFieldFollowsTheOneClaimNameRuleOfFieldsAndProducers(String name) {
        boolean accepted = SettingsReader.check(withKey(SettingKeys.SESSION_FIELD, name),
                SettingsReaderTest.class.getClassLoader()).valid();
        boolean asField = isFieldName(name);

        assertThat(accepted, is(ClaimNames.isWellFormed(name) && !ClaimNames.RESERVED.contains(name)));
        assertThat(accepted, is(asField && !ClaimNames.RESERVED.contains(name)));
    }

    private static boolean isFieldName(String name) {
        try {
            ClaimField.parse("email:" + name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Test
    void sessionFieldLongerThan64IsReportedAndOf64IsAccepted() {
        assertThat(onlyProblem(withKey(SettingKeys.SESSION_FIELD, "f".repeat(65))).id(), is("SJWT0003"));
        assertThat(SettingsReader.read(withKey(SettingKeys.SESSION_FIELD, "f".repeat(64))).sessionField(),
                is("f".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sid", "_s", "session-id", "Session_ID2", "session.id"})
    void wellFormedSessionFieldIsAccepted(String field) {
        assertThat(SettingsReader.read(withKey(SettingKeys.SESSION_FIELD, field)).sessionField(), is(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "0", "-5", "31622401", "1.5", "1e3", "99999999999999999999"})
    void expiresThatIsNotAPositiveNumberWithinAYearIsReportedAsSjwt0004(String value) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.EXPIRES, value));

        assertThat(problem.id(), is("SJWT0004"));
        assertThat(problem.key(), is("session-jwt.expires"));
        assertThat(problem.value(), is('"' + value + '"'));
        assertThat(problem.expected(), is("a whole number of seconds from 1 to 31622400,"
                + " or no value to use the session timeout"));
    }

    @Test
    void expiresAtItsBoundsIsAccepted() {
        assertThat(SettingsReader.read(withKey(SettingKeys.EXPIRES, "1")).expires(), is(Optional.of(Duration.ofSeconds(1))));
        assertThat(SettingsReader.read(withKey(SettingKeys.EXPIRES, "31622400")).expires(),
                is(Optional.of(Duration.ofDays(366))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "t", "truee"})
    void saveEveryRequestThatIsNotABooleanIsReportedAsSjwt0005(String value) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.SAVE_EVERY_REQUEST, value));

        assertThat(problem.id(), is("SJWT0005"));
        assertThat(problem.key(), is("session-jwt.save-every-request"));
        assertThat(problem.value(), is('"' + value + '"'));
        assertThat(problem.expected(), is("true or false"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "301", "thirty", "30s"})
    void clockSkewOutOfRangeIsReportedAsSjwt0006(String value) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.CLOCK_SKEW, value));

        assertThat(problem.id(), is("SJWT0006"));
        assertThat(problem.key(), is("session-jwt.clock-skew"));
        assertThat(problem.value(), is('"' + value + '"'));
        assertThat(problem.expected(), is("a whole number of seconds from 0 to 300 (default 30)"));
    }

    @Test
    void clockSkewAtItsBoundsIsAccepted() {
        assertThat(SettingsReader.read(withKey(SettingKeys.CLOCK_SKEW, "0")).clockSkew(), is(Duration.ZERO));
        assertThat(SettingsReader.read(withKey(SettingKeys.CLOCK_SKEW, "300")).clockSkew(), is(Duration.ofMinutes(5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1023", "65537", "0", "-8192", "8k"})
    void maxTokenSizeOutOfRangeIsReportedAsSjwt0007(String value) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.MAX_TOKEN_SIZE, value));

        assertThat(problem.id(), is("SJWT0007"));
        assertThat(problem.key(), is("session-jwt.max-token-size"));
        assertThat(problem.value(), is('"' + value + '"'));
        assertThat(problem.expected(), is("a whole number of bytes from 1024 to 65536 (default 8192)"));
    }

    @Test
    void maxTokenSizeAtItsBoundsIsAccepted() {
        assertThat(SettingsReader.read(withKey(SettingKeys.MAX_TOKEN_SIZE, "1024")).maxTokenSize(), is(1024));
        assertThat(SettingsReader.read(withKey(SettingKeys.MAX_TOKEN_SIZE, "65536")).maxTokenSize(), is(65536));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000001", "many", "4k", "1.5"})
    void cacheSizeOutOfRangeIsReportedAsSjwt0060(String value) {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.CACHE_SIZE, value));

        assertThat(problem.id(), is("SJWT0060"));
        assertThat(problem.key(), is("session-jwt.cache-size"));
        assertThat(problem.value(), is('"' + value + '"'));
        assertThat(problem.expected(), is("a whole number of entries from 0 to 1000000 (default 4096)"));
    }

    @Test
    void cacheSizeAtItsBoundsIsAcceptedAndZeroSwitchesItOff() {
        assertThat(SettingsReader.read(withKey(SettingKeys.CACHE_SIZE, "0")).cacheSize(), is(0));
        assertThat(SettingsReader.read(withKey(SettingKeys.CACHE_SIZE, "1000000")).cacheSize(), is(1_000_000));
    }

    @Test
    void problemMessageNamesIdKeyValueAndExpectation() {
        ConfigProblem problem = onlyProblem(withKey(SettingKeys.SAVE_EVERY_REQUEST, "maybe"));

        assertThat(problem.message(), is("SJWT0005: session-jwt.save-every-request = \"maybe\" is invalid;"
                + " expected true or false [see src/site/markdown/messages.md#sjwt0005]"));
    }

    @Test
    void everyProblemIsReportedInOneException() {
        Config config = config(SettingKeys.SESSION_FIELD, "exp", SettingKeys.EXPIRES, "0",
                SettingKeys.SAVE_EVERY_REQUEST, "maybe", SettingKeys.CLOCK_SKEW, "999", SettingKeys.MAX_TOKEN_SIZE, "1",
                SettingKeys.CACHE_SIZE, "-1");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config));

        assertThat(e.problems().stream().map(ConfigProblem::id).toList(),
                contains("SJWT0001", "SJWT0003", "SJWT0004", "SJWT0005", "SJWT0006", "SJWT0007", "SJWT0060"));
        assertThat(e.getMessage(), containsString("has 7 problems"));
        for (ConfigProblem problem : e.problems()) {
            assertThat(e.getMessage(), containsString(problem.message()));
        }
    }

    @Test
    void shortKeyIsReportedTogetherWithOtherProblems() {
        Config config = config(SettingKeys.KEY, "secret:tiny-s3cr3t", SettingKeys.CLOCK_SKEW, "-1");

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config));

        assertThat(e.problems().stream().map(ConfigProblem::id).toList(), contains("SJWT0002", "SJWT0006"));
        assertThat(e.getMessage(), not(containsString("tiny-s3cr3t")));
    }
}
