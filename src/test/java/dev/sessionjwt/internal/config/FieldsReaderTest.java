package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimSettings;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import dev.sessionjwt.config.SettingKeys;

/** Unit tests of the claim settings read by {@link SettingsReader}: {@code session-jwt.fields} and the claim booleans. */
class FieldsReaderTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final String RESERVED_WITH_SK = "claim names other than the reserved"
            + " aud, exp, groups, iat, iss, jti, nbf, sk, sub, typ, upn";
    private static final String USED_ONCE = "each short and long claim name to be used once";
    private static final String FORMS = "entries of the form attribute, attribute:short or attribute:short:long;"
            + " this one ";

    /** A config holding a valid key and exactly the given key/value pairs. */
    private static Config config(String... keysAndValues) {
        Map<String, String> map = new HashMap<>();
        map.put(SettingKeys.KEY, "secret:" + SECRET);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(map, "test", 100)).build();
    }

    private static List<ClaimField> fields(String value) {
        return SettingsReader.read(config(SettingKeys.FIELDS, value)).claims().fields();
    }

    private static List<ConfigProblem> problems(Config config) {
        return assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config)).problems();
    }

    private static ConfigProblem onlyProblem(String fieldsValue) {
        List<ConfigProblem> problems = problems(config(SettingKeys.FIELDS, fieldsValue));
        assertThat(problems, hasSize(1));
        return problems.get(0);
    }

    @Test
    void withoutClaimSettingsTheDefaultsApply() {
        ClaimSettings claims = SettingsReader.read(config()).claims();

        assertThat(claims.identityClaims(), is(true));
        assertThat(claims.fields(), is(empty()));
        assertThat(claims.rotateOnLogin(), is(true));
        assertThat(claims, is(ClaimSettings.DEFAULTS));
    }

    @Test
    void emptyFieldsValueMeansNoFields() {
        assertThat(fields(""), is(empty()));
    }

    @Test
    void fieldsListIsParsedInOrder() {
        List<ClaimField> fields = fields("email:e:email,profile.displayName:dn:display_name,tenant:t,locale");

        assertThat(fields, contains(
                new ClaimField(List.of("email"), "e", "email"),
                new ClaimField(List.of("profile", "displayName"), "dn", "display_name"),
                new ClaimField(List.of("tenant"), "t", "t"),
                new ClaimField(List.of("locale"), "locale", "locale")));
    }

    @Test
    void whitespaceAroundListEntriesIsIgnored() {
        List<ClaimField> fields = fields(" email : e ,  profile.displayName:dn ");

        assertThat(fields, contains(
                new ClaimField(List.of("email"), "e", "e"),
                new ClaimField(List.of("profile", "displayName"), "dn", "dn")));
    }

    @Test
    void entryWithFourPartsIsReportedAsSjwt0040() {
        ConfigProblem problem = onlyProblem("email:e:email:x");

        assertThat(problem.id(), is("SJWT0040"));
        assertThat(problem.key(), is("session-jwt.fields"));
        assertThat(problem.value(), is("\"email:e:email:x\""));
        assertThat(problem.expected(), is(FORMS + "has more than three ':'-separated parts"));
    }

    @Test
    void badAttributePathIsReportedAsSjwt0040NamingThePath() {
        ConfigProblem problem = onlyProblem("profile..displayName:dn");

        assertThat(problem.id(), is("SJWT0040"));
        assertThat(problem.value(), is("\"profile..displayName:dn\""));
        assertThat(problem.expected(),
                is(FORMS + "attribute path \"profile..displayName\" is not a dotted list of names"));
    }

    @Test
    void badClaimNameIsReportedAsSjwt0040() {
        ConfigProblem problem = onlyProblem("email:1e");

        assertThat(problem.id(), is("SJWT0040"));
        assertThat(problem.value(), is("\"email:1e\""));
        assertThat(problem.expected(), containsString("claim names must start with a letter or '_'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name:sub", "roles:r:groups", "name:n:upn", "iat", "exp", "created:nbf", "id:jti",
            "issuer:iss", "audience:aud", "kind:typ", "key:sk", "key:k:sk", "sub"})
    void reservedShortOrLongNameIsReportedAsSjwt0041(String entry) {
        ConfigProblem problem = onlyProblem(entry);

        assertThat(problem.id(), is("SJWT0041"));
        assertThat(problem.key(), is("session-jwt.fields"));
        assertThat(problem.value(), is('"' + entry + '"'));
        assertThat(problem.expected(), is(RESERVED_WITH_SK));
    }

    @Test
    void configuredSessionFieldIsReservedInsteadOfSk() {
        List<ConfigProblem> problems = problems(config(SettingKeys.SESSION_FIELD, "sid",
                SettingKeys.FIELDS, "id:sid"));

        assertThat(problems, hasSize(1));
        assertThat(problems.get(0).id(), is("SJWT0041"));
        assertThat(problems.get(0).expected(), is("claim names other than the reserved"
                + " aud, exp, groups, iat, iss, jti, nbf, sid, sub, typ, upn"));

        List<ClaimField> fields = SettingsReader.read(config(SettingKeys.SESSION_FIELD, "sid",
                SettingKeys.FIELDS, "key:sk")).claims().fields();
        assertThat(fields, contains(new ClaimField(List.of("key"), "sk", "sk")));
    }

    @Test
    void duplicateShortNameIsReportedAsSjwt0042() {
        ConfigProblem problem = onlyProblem("email:e:email,mail:e:mail");

        assertThat(problem.id(), is("SJWT0042"));
        assertThat(problem.key(), is("session-jwt.fields"));
        assertThat(problem.value(), is("\"mail:e:mail\""));
        assertThat(problem.expected(), is(USED_ONCE));
    }

    @Test
    void duplicateLongNameIsReportedAsSjwt0042() {
        ConfigProblem problem = onlyProblem("email:e:email,mail:m:email");

        assertThat(problem.id(), is("SJWT0042"));
        assertThat(problem.value(), is("\"mail:m:email\""));
        assertThat(problem.expected(), is(USED_ONCE));
    }

    @Test
    void oneAndTwoPartFormsCollideOnTheirImpliedNames() {
        ConfigProblem problem = onlyProblem("email,mail:email");

        assertThat(problem.id(), is("SJWT0042"));
        assertThat(problem.value(), is("\"mail:email\""));
    }

    @Test
    void repeatedEntryIsReportedAsDuplicate() {
        ConfigProblem problem = onlyProblem("email:e,email:e");

        assertThat(problem.id(), is("SJWT0042"));
        assertThat(problem.value(), is("\"email:e\""));
    }

    @Test
    void attributeNamedLikeAReservedClaimIsAcceptedUnderAnotherName() {
        assertThat(fields("groups:g,sub:s:subject"), contains(new ClaimField(List.of("groups"), "g", "g"),
                new ClaimField(List.of("sub"), "s", "subject")));
    }

    @Test
    void shortAndLongNameOfOneFieldMayBeEqual() {
        assertThat(fields("email:email:email"), contains(new ClaimField(List.of("email"), "email", "email")));
    }

    @Test
    void everyFieldProblemIsReportedAtOnceInEntryOrder() {
        List<ConfigProblem> problems = problems(config(SettingKeys.FIELDS,
                "a:b:c:d,email:e,name:sub,mail:e,1x,roles:r:groups"));

        assertThat(problems.stream().map(ConfigProblem::id).toList(),
                contains("SJWT0040", "SJWT0041", "SJWT0042", "SJWT0040", "SJWT0041"));
        assertThat(problems.stream().map(ConfigProblem::value).toList(),
                contains("\"a:b:c:d\"", "\"name:sub\"", "\"mail:e\"", "\"1x\"", "\"roles:r:groups\""));
    }

    @Test
    void fieldProblemsAreReportedTogetherWithOtherSettingProblems() {
        Map<String, String> map = new HashMap<>();
        map.put(SettingKeys.IDENTITY_CLAIMS, "maybe");
        map.put(SettingKeys.FIELDS, "iat,a..b");
        map.put(SettingKeys.ROTATE_ON_LOGIN, "sometimes");
        Config config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(map, "test", 100)).build();

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsReader.read(config));

        assertThat(e.problems().stream().map(ConfigProblem::id).toList(),
                contains("SJWT0001", "SJWT0005", "SJWT0041", "SJWT0040", "SJWT0005"));
        assertThat(e.problems().stream().map(ConfigProblem::key).toList(), contains("session-jwt.key",
                "session-jwt.identity-claims", "session-jwt.fields", "session-jwt.fields",
                "session-jwt.rotate-on-login"));
        assertThat(e.getMessage(), containsString("has 5 problems"));
    }

    @Test
    void identityClaimsAndRotateOnLoginAreRead() {
        ClaimSettings claims = SettingsReader.read(config(SettingKeys.IDENTITY_CLAIMS, "false",
                SettingKeys.ROTATE_ON_LOGIN, " FALSE ")).claims();

        assertThat(claims.identityClaims(), is(false));
        assertThat(claims.rotateOnLogin(), is(false));
    }

    @Test
    void explicitTrueIsRead() {
        ClaimSettings claims = SettingsReader.read(config(SettingKeys.IDENTITY_CLAIMS, "True",
                SettingKeys.ROTATE_ON_LOGIN, "true")).claims();

        assertThat(claims.identityClaims(), is(true));
        assertThat(claims.rotateOnLogin(), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {SettingKeys.IDENTITY_CLAIMS, SettingKeys.ROTATE_ON_LOGIN})
    void claimBooleanThatIsNotTrueOrFalseIsReportedAsSjwt0005(String key) {
        List<ConfigProblem> problems = problems(config(key, "yes"));

        assertThat(problems, hasSize(1));
        assertThat(problems.get(0).id(), is("SJWT0005"));
        assertThat(problems.get(0).key(), is(key));
        assertThat(problems.get(0).value(), is("\"yes\""));
        assertThat(problems.get(0).expected(), is("true or false"));
    }

    @Test
    void claimSettingsFreezeTheirFields() {
        List<ClaimField> fields = new ArrayList<>(List.of(ClaimField.parse("email")));
        ClaimSettings claims = new ClaimSettings(true, fields, true);
        fields.clear();

        assertThat(claims.fields(), hasSize(1));
        assertThrows(UnsupportedOperationException.class, () -> claims.fields().clear());
    }
}
