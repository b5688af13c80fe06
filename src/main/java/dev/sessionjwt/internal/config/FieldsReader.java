package dev.sessionjwt.internal.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.Config;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.config.SettingKeys;

/**
 * Reads and validates {@code session-jwt.fields}: every entry well formed, no reserved name, no name used
 * twice (short or long).
 */
final class FieldsReader {

    private FieldsReader() {
    }

    static List<ClaimField> read(Config config, String sessionField, List<ConfigProblem> problems) {
        List<String> entries = config.getOptionalValues(SettingKeys.FIELDS, String.class).orElse(List.of());
        List<ClaimField> fields = new ArrayList<>();
        Set<String> shortNames = new HashSet<>();
        Set<String> longNames = new HashSet<>();
        for (String entry : entries) {
            ClaimField field;
            try {
                field = ClaimField.parse(entry);
            } catch (IllegalArgumentException e) {
                problems.add(new ConfigProblem(Message.BAD_FIELD, SettingKeys.FIELDS, ConfigProblem.shown(entry),
                        e.getMessage()));
                continue;
            }
            if (ClaimNames.isReserved(field.shortName(), sessionField)
                    || ClaimNames.isReserved(field.longName(), sessionField)) {
                problems.add(new ConfigProblem(Message.RESERVED_FIELD_NAME, SettingKeys.FIELDS,
                        ConfigProblem.shown(entry), reservedList(sessionField)));
            } else if (!shortNames.add(field.shortName()) || !longNames.add(field.longName())) {
                problems.add(new ConfigProblem(Message.DUPLICATE_FIELD_NAME, SettingKeys.FIELDS,
                        ConfigProblem.shown(entry)));
            } else {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The reserved names, sorted, with the session field, for messages. */
    static String reservedList(String sessionField) {
        Set<String> names = new java.util.TreeSet<>(ClaimNames.RESERVED);
        names.add(sessionField);
        return String.join(", ", names);
    }
}
