package dev.sessionjwt.internal.config;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link ConfigProblem}: how values are shown and how the message reads. */
class ConfigProblemTest {

    @Test
    void absentValueIsShownAsAbsent() {
        assertThat(ConfigProblem.shown(null), is("(absent)"));
        assertThat(ConfigProblem.ABSENT, is("(absent)"));
    }

    @Test
    void presentValueIsShownInQuotes() {
        assertThat(ConfigProblem.shown("abc"), is("\"abc\""));
        assertThat(ConfigProblem.shown(""), is("\"\""));
    }

    @Test
    void messageNamesIdKeyValueAndExpectation() {
        ConfigProblem problem = new ConfigProblem("SJWT0004", "session-jwt.expires", "\"0\"", "a positive number");

        assertThat(problem.message(), is("SJWT0004: session-jwt.expires = \"0\" is invalid; expected a positive number"
                + " [see src/site/markdown/messages.md#sjwt0004]"));
        assertThat(problem.toString(), is(problem.message()));
    }
}
