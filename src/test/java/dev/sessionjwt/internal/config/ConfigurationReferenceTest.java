package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.claims.ClaimNames;

import dev.sessionjwt.config.SettingKeys;

/**
 * Unit tests holding the README's configuration reference to the code: every key of {@link SettingKeys} is in the
 * table and nothing else; a default the code has as a constant is the table's default; the environment variable is
 * MicroProfile Config's mapping of the key; a numeric range is the one the validation uses; and the full table of
 * {@code src/site/markdown/configuration.md} lists the same keys.
 */
class ConfigurationReferenceTest {

    private static final Pattern ROW = Pattern.compile(
            "^\\| `(session-jwt\\.[^`]+)` \\| ([^|]+) \\| ([^|]+) \\| `([A-Z0-9_]+)` \\|$");
    private static final Pattern FULL_ROW = Pattern.compile("^\\| `(session-jwt\\.[^`]+)` \\|.*");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d+)-(\\d+)\\b");

    /** A row of the reference: default, allowed values, environment variable. */
    private record Row(String defaultValue, String allowed, String environment) {
    }

    private static Map<String, Row> readmeReference() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Configuration reference");
        assertThat("the README has a section \"## Configuration reference\"", start >= 0, is(true));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat("listed once: " + row.group(1), rows.put(row.group(1), new Row(row.group(2).strip(),
                        row.group(3).strip(), row.group(4))) == null, is(true));
            }
        }
        return rows;
    }

    /** Key to the name of its constant in {@link SettingKeys}. */
    private static Map<String, String> keysInCode() throws IllegalAccessException {
        Map<String, String> keys = new LinkedHashMap<>();
        for (Field field : SettingKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().startsWith("DEFAULT_") && !field.getName().equals("PREFIX")) {
                keys.put((String) field.get(null), field.getName());
            }
        }
        return keys;
    }

    private static Object defaultInCode(String constant) throws IllegalAccessException {
        for (String name : List.of("DEFAULT_" + constant, "DEFAULT_" + constant + "_SECONDS")) {
            try {
                return SettingKeys.class.getField(name).get(null);
            } catch (NoSuchFieldException e) {
                // not this name
            }
        }
        return null;
    }

    /** The ranges the validation enforces, by key. */
    private static Map<String, String> rangesInCode() {
        return Map.of(
                SettingKeys.EXPIRES, SettingsReader.MIN_EXPIRES_SECONDS + "-" + SettingsReader.MAX_EXPIRES_SECONDS,
                SettingKeys.CLOCK_SKEW,
                SettingsReader.MIN_CLOCK_SKEW_SECONDS + "-" + SettingsReader.MAX_CLOCK_SKEW_SECONDS,
                SettingKeys.MAX_TOKEN_SIZE, SettingsReader.MIN_TOKEN_SIZE + "-" + SettingsReader.MAX_TOKEN_SIZE,
                SettingKeys.CACHE_SIZE, SettingsReader.MIN_CACHE_SIZE + "-" + SettingsReader.MAX_CACHE_SIZE,
                SettingKeys.JWKS_MAX_AGE, "0-" + SigningSettingsReader.MAX_JWKS_MAX_AGE_SECONDS,
                SettingKeys.ISSUER, "1-" + SigningSettingsReader.MAX_PARTY_LENGTH,
                SettingKeys.AUDIENCE, "1-" + SigningSettingsReader.MAX_PARTY_LENGTH,
                SettingKeys.KEY_ID, "1-" + KeyRingReader.MAX_KEY_ID_LENGTH,
                SettingKeys.SESSION_FIELD, "1-" + ClaimNames.MAX_LENGTH);
    }

    /** MicroProfile Config's environment variable for a key: non-alphanumerics as {@code _}, upper case. */
    static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    @Test
    void everyKeyOfTheCodeIsInTheReferenceAndNothingElse() throws Exception {
        assertThat(new TreeSet<>(readmeReference().keySet()), is(new TreeSet<>(keysInCode().keySet())));
    }

    @Test
    void everyDefaultTheCodeHasIsTheReferencesDefault() throws Exception {
        Map<String, Row> reference = readmeReference();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> key : keysInCode().entrySet()) {
            Object code = defaultInCode(key.getValue());
            Row row = reference.get(key.getKey());
            if (code != null && row != null && !row.defaultValue().equals("`" + code + "`")) {
                wrong.add(key.getKey() + ": README " + row.defaultValue() + ", code `" + code + "`");
            }
            if (code instanceof Boolean && row != null && !row.allowed().equals("`true` or `false`")) {
                wrong.add(key.getKey() + ": allowed values of a boolean are `true` or `false`, README " + row.allowed());
            }
        }

        assertThat(wrong, is(empty()));
    }

    @Test
    void everyEnvironmentVariableIsMicroProfileConfigsMappingOfTheKey() throws Exception {
        List<String> wrong = new ArrayList<>();
        readmeReference().forEach((key, row) -> {
            if (!row.environment().equals(environmentVariable(key))) {
                wrong.add(key + ": README " + row.environment() + ", expected " + environmentVariable(key));
            }
        });

        assertThat(environmentVariable("session-jwt.clock-skew"), is("SESSION_JWT_CLOCK_SKEW"));
        assertThat(wrong, is(empty()));
    }

    @Test
    void everyRangeIsTheOneTheValidationUses() throws Exception {
        Map<String, Row> reference = readmeReference();
        List<String> wrong = new ArrayList<>();
        rangesInCode().forEach((key, range) -> {
            List<String> written = new ArrayList<>();
            Matcher found = RANGE.matcher(reference.get(key).allowed());
            while (found.find()) {
                written.add(found.group());
            }
            if (!written.equals(List.of(range))) {
                wrong.add(key + ": README " + written + ", code " + range);
            }
        });

        assertThat(wrong, is(empty()));
    }

    @Test
    void theFullConfigurationPageListsTheSameKeys() throws Exception {
        TreeSet<String> page = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src", "site", "markdown", "configuration.md"),
                StandardCharsets.UTF_8)) {
            Matcher row = FULL_ROW.matcher(line);
            if (row.matches()) {
                page.add(row.group(1));
            }
        }

        assertThat(page, is(new TreeSet<>(keysInCode().keySet())));
    }
}
