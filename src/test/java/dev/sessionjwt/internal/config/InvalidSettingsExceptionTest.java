package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link InvalidSettingsException}: one summary message listing every problem. */
class InvalidSettingsExceptionTest {

    private static final ConfigProblem FIRST = new ConfigProblem("SJWT0001", "session-jwt.key", "(absent)", "a key");
    private static final ConfigProblem SECOND = new ConfigProblem("SJWT0005", "session-jwt.save-every-request",
            "\"maybe\"", "true or false");

    @Test
    void messageListsEveryProblemOnItsOwnLine() {
        InvalidSettingsException e = new InvalidSettingsException(List.of(FIRST, SECOND));

        assertThat(e.getMessage(), startsWith("SJWT0000: session-jwt cannot start, its configuration has 2 problems"));
        assertThat(e.getMessage().lines().toList().subList(1, 3),
                contains("  " + FIRST.message(), "  " + SECOND.message()));
    }

    @Test
    void oneProblemIsCountedInTheSingular() {
        InvalidSettingsException e = new InvalidSettingsException(List.of(FIRST));

        assertThat(e.getMessage(), startsWith("SJWT0000: session-jwt cannot start, its configuration has 1 problem "));
    }

    @Test
    void problemsAreAnUnmodifiableCopyInOrder() {
        List<ConfigProblem> source = new ArrayList<>(List.of(FIRST, SECOND));
        InvalidSettingsException e = new InvalidSettingsException(source);

        source.clear();

        assertThat(e.problems(), contains(FIRST, SECOND));
        assertThrows(UnsupportedOperationException.class, () -> e.problems().add(FIRST));
        assertThat(InvalidSettingsException.ID, is("SJWT0000"));
    }
}
