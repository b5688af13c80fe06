package dev.sessionjwt.internal.cdi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import dev.sessionjwt.internal.claims.ClaimField;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.internal.message.Message;

/**
 * Checks the {@code @SessionClaim} producers against each other and against the configured fields: names
 * well formed, not reserved, each short and long name used once. Each problem has the form of a configuration
 * problem: the producer as the key, its names as the value, and what is expected.
 */
final class ProducerClaimValidation {

    private ProducerClaimValidation() {
    }

    /**
     * @param producers    the producers found, in discovery order
     * @param sessionField the configured session field, reserved for the session id
     * @param fields       the configured fields, whose names producers may not reuse
     * @return the problems, empty when there is none
     */
    static List<ConfigProblem> problems(List<ProducerClaim> producers, String sessionField, List<ClaimField> fields) {
        List<ConfigProblem> problems = new ArrayList<>();
        Map<String, String> shortNames = new HashMap<>();
        Map<String, String> longNames = new HashMap<>();
        for (ClaimField field : fields) {
            shortNames.put(field.shortName(), "field " + field.attribute());
            longNames.put(field.longName(), "field " + field.attribute());
        }
        for (ProducerClaim producer : producers) {
            String where = "@SessionClaim on " + producer.member();
            String value = "value " + ConfigProblem.shown(producer.shortName()) + ", longName "
                    + ConfigProblem.shown(producer.longName());
            if (!ClaimNames.isWellFormed(producer.shortName()) || !ClaimNames.isWellFormed(producer.longName())
                    || ClaimNames.isReserved(producer.shortName(), sessionField)
                    || ClaimNames.isReserved(producer.longName(), sessionField)) {
                TreeSet<String> reserved = new TreeSet<>(ClaimNames.RESERVED);
                reserved.add(sessionField);
                problems.add(new ConfigProblem(Message.BAD_PRODUCER_CLAIM_NAME, where, value,
                        String.join(", ", reserved)));
            } else {
                duplicate(problems, where, value, shortNames.putIfAbsent(producer.shortName(), where));
                duplicate(problems, where, value, longNames.putIfAbsent(producer.longName(), where));
            }
        }
        return problems;
    }

    private static void duplicate(List<ConfigProblem> problems, String where, String value, String earlier) {
        if (earlier != null) {
            problems.add(new ConfigProblem(Message.DUPLICATE_PRODUCER_CLAIM_NAME, where, value, earlier));
        }
    }
}
