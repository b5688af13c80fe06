package dev.sessionjwt.internal.config;

import java.util.ArrayList;
import java.util.List;

import dev.sessionjwt.internal.message.Message;

/**
 * Thrown at deployment when the configuration has one or more problems; its message lists all of them, one per
 * line, under the summary {@link Message#INVALID_SETTINGS}.
 */
public class InvalidSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable id of the summary line. */
    public static final String ID = Message.INVALID_SETTINGS.id();

    private final transient List<ConfigProblem> problems;
    private final transient List<String> failures;

    /**
     * @param problems every problem found, never empty
     */
    public InvalidSettingsException(List<ConfigProblem> problems) {
        this(problems, List.of());
    }

    /**
     * @param problems every problem with a key found, in order
     * @param failures other problems of the deployment, each a whole message with its id (the server, its
     *                 container adapter); problems and failures together never empty
     */
    public InvalidSettingsException(List<ConfigProblem> problems, List<String> failures) {
        super(summary(problems, failures));
        this.problems = List.copyOf(problems);
        this.failures = List.copyOf(failures);
    }

    /**
     * The same failure with more problems: those the claim producers' check handed over after it was thrown.
     *
     * @param more further problems, possibly none
     * @return a new exception listing this one's failures and problems, then {@code more}
     */
    public InvalidSettingsException with(List<ConfigProblem> more) {
        List<ConfigProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new InvalidSettingsException(all, failures);
    }

    /** The problems, in the order they were found. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems, List<String> failures) {
        List<String> lines = new ArrayList<>(failures);
        problems.forEach(problem -> lines.add(problem.message()));
        return Message.INVALID_SETTINGS.format(lines.size()) + ":\n  " + String.join("\n  ", lines);
    }
}
