package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link CompactShape}: the cheap three-segment base64url check. */
class CompactShapeTest {

    @Test
    void threeNonEmptyBase64UrlSegmentsHaveNoProblem() {
        assertThat(CompactShape.problem("a.b.c"), is(nullValue()));
        assertThat(CompactShape.problem("AZaz09-_.AZaz09-_.AZaz09-_"), is(nullValue()));
    }

    @Test
    void wrongSegmentCountIsNamed() {
        assertThat(CompactShape.problem("abc"), is("1 segments instead of 3"));
        assertThat(CompactShape.problem("a.b"), is("2 segments instead of 3"));
        assertThat(CompactShape.problem("a.b.c.d"), is("4 segments instead of 3"));
    }

    @Test
    void emptySegmentsAreNamed() {
        assertThat(CompactShape.problem(".b.c"), is("empty segment"));
        assertThat(CompactShape.problem("a..c"), is("empty segment"));
        assertThat(CompactShape.problem("a.b."), is("empty signature"));
        assertThat(CompactShape.problem(""), is("1 segments instead of 3"));
    }

    @Test
    void characterOutsideBase64UrlIsNamedWithItsIndex() {
        assertThat(CompactShape.problem("a.b=.c"), is("character outside base64url at index 3"));
        assertThat(CompactShape.problem("+.b.c"), is("character outside base64url at index 0"));
        assertThat(CompactShape.problem("a.b.c/"), is("character outside base64url at index 5"));
        assertThat(CompactShape.problem("a.b.c "), is("character outside base64url at index 5"));
        assertThat(CompactShape.problem("\"a.b.c\""), is("character outside base64url at index 0"));
    }
}
