package dev.sessionjwt.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown at deployment when the configuration has one or more problems; its message lists all of them.
 */
public class InvalidSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Stable id of the summary line. */
    public static final String ID = "SJWT0000";

    private final transient List<ConfigProblem> problems;

    /**
     * @param problems every problem found, never empty
     */
    public InvalidSettingsException(List<ConfigProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order they were found. */
    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String summary(List<ConfigProblem> problems) {
        return ID + ": session-jwt cannot start, its configuration has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " (fix them in microprofile-config.properties,"
                + " system properties or environment variables):\n  "
                + problems.stream().map(ConfigProblem::message).collect(Collectors.joining("\n  "));
    }
}
