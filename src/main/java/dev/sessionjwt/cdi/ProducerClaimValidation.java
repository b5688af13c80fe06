package dev.sessionjwt.cdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.claims.ClaimField;
import dev.sessionjwt.claims.ClaimNames;
import dev.sessionjwt.config.SessionJwtSettings;

/**
 * Checks the {@code @SessionClaim} producers against each other and against the configured fields: names
 * well formed, not reserved, each short and long name used once.
 */
final class ProducerClaimValidation {

    private ProducerClaimValidation() {
    }

    static List<String> problems(List<ProducerClaim> producers, SessionJwtSettings settings) {
        List<String> problems = new ArrayList<>();
        Map<String, String> shortNames = new HashMap<>();
        Map<String, String> longNames = new HashMap<>();
        for (ClaimField field : settings.claims().fields()) {
            shortNames.put(field.shortName(), "field " + field.attribute());
            longNames.put(field.longName(), "field " + field.attribute());
        }
        for (ProducerClaim producer : producers) {
            String where = "@SessionClaim(value = \"" + producer.shortName() + "\", longName = \""
                    + producer.longName() + "\") on " + producer.member();
            if (!ClaimNames.isWellFormed(producer.shortName()) || !ClaimNames.isWellFormed(producer.longName())) {
                problems.add("SJWT0043: " + where + " has a malformed name; expected a letter or '_' followed by"
                        + " letters, digits, '_', '-' or '.' (at most 64)");
            } else if (ClaimNames.isReserved(producer.shortName(), settings.sessionField())
                    || ClaimNames.isReserved(producer.longName(), settings.sessionField())) {
                problems.add("SJWT0043: " + where + " uses a reserved name; expected none of "
                        + String.join(", ", ClaimNames.RESERVED.stream().sorted().toList()) + ", "
                        + settings.sessionField());
            } else {
                duplicate(problems, where, shortNames.putIfAbsent(producer.shortName(), where));
                duplicate(problems, where, longNames.putIfAbsent(producer.longName(), where));
            }
        }
        return problems;
    }

    private static void duplicate(List<String> problems, String where, String earlier) {
        if (earlier != null) {
            problems.add("SJWT0044: " + where + " reuses a claim name of " + earlier
                    + "; expected every short and long claim name to be used once");
        }
    }
}
