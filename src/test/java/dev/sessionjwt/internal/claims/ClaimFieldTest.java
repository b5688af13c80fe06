package dev.sessionjwt.internal.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of {@link ClaimField#parse}: the three entry forms, dotted paths, whitespace and every error. */
class ClaimFieldTest {

    private static final String BAD_NAME_MESSAGE = "claim names must start with a letter or '_' and contain only"
            + " letters, digits, '_', '-' or '.' (at most 64)";

    private static String parseError(String entry) {
        return assertThrows(IllegalArgumentException.class, () -> ClaimField.parse(entry)).getMessage();
    }

    @Test
    void attributeAloneIsBothShortAndLongName() {
        ClaimField field = ClaimField.parse("email");

        assertThat(field.path(), contains("email"));
        assertThat(field.shortName(), is("email"));
        assertThat(field.longName(), is("email"));
        assertThat(field.attribute(), is("email"));
    }

    @Test
    void attributeWithShortNameUsesTheShortNameAsLongName() {
        ClaimField field = ClaimField.parse("email:e");

        assertThat(field.path(), contains("email"));
        assertThat(field.shortName(), is("e"));
        assertThat(field.longName(), is("e"));
    }

    @Test
    void attributeWithShortAndLongNameKeepsAllThree() {
        ClaimField field = ClaimField.parse("email:e:email_address");

        assertThat(field.path(), contains("email"));
        assertThat(field.shortName(), is("e"));
        assertThat(field.longName(), is("email_address"));
    }

    @Test
    void dottedAttributeIsSplitIntoPathSegments() {
        ClaimField field = ClaimField.parse("profile.displayName:dn:display_name");

        assertThat(field.path(), contains("profile", "displayName"));
        assertThat(field.attribute(), is("profile.displayName"));
        assertThat(field.shortName(), is("dn"));
        assertThat(field.longName(), is("display_name"));
    }

    @Test
    void dottedAttributeAloneIsTheClaimNameWithItsDots() {
        ClaimField field = ClaimField.parse("profile.address.city");

        assertThat(field.path(), contains("profile", "address", "city"));
        assertThat(field.shortName(), is("profile.address.city"));
        assertThat(field.longName(), is("profile.address.city"));
    }

    @Test
    void whitespaceAroundTheEntryAndEachPartIsIgnored() {
        ClaimField field = ClaimField.parse("  profile.displayName :\tdn : display_name  ");

        assertThat(field.path(), contains("profile", "displayName"));
        assertThat(field.shortName(), is("dn"));
        assertThat(field.longName(), is("display_name"));
    }

    @Test
    void segmentsMayHoldUnderscoresDollarsDigitsAndHyphens() {
        ClaimField field = ClaimField.parse("_meta.$x.first-name2:fn");

        assertThat(field.path(), contains("_meta", "$x", "first-name2"));
        assertThat(field.shortName(), is("fn"));
    }

    @Test
    void namesOfSixtyFourCharactersAreAccepted() {
        String name = "n".repeat(64);

        ClaimField field = ClaimField.parse("email:" + name + ":" + name);

        assertThat(field.shortName(), is(name));
        assertThat(field.longName(), is(name));
    }

    @Test
    void pathIsCopiedAndUnmodifiable() {
        List<String> path = new ArrayList<>(List.of("email"));
        ClaimField field = new ClaimField(path, "e", "email");
        path.add("other");

        assertThat(field.path(), contains("email"));
        assertThrows(UnsupportedOperationException.class, () -> field.path().add("x"));
    }

    @Test
    void nullNamesAreRejectedByTheConstructor() {
        assertThrows(NullPointerException.class, () -> new ClaimField(List.of("a"), null, "a"));
        assertThrows(NullPointerException.class, () -> new ClaimField(List.of("a"), "a", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void emptyEntryIsRejectedAsNotADottedList(String entry) {
        assertThat(parseError(entry), is("attribute path \"\" is not a dotted list of names"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b:c:d", "a:b:c:", "::::", "email:e:email:extra"})
    void entryWithFourOrMorePartsIsRejected(String entry) {
        assertThat(parseError(entry), is("has more than three ':'-separated parts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a..b", "1a", ".a", "a.", "a.1b", "a b", "a.b c", "é", "a/b", "profile. displayName",
            ":e", ":e:email"})
    void badPathSegmentIsRejectedNamingTheAttribute(String attribute) {
        String path = attribute.strip().split(":", -1)[0].strip();

        assertThat(parseError(attribute), is("attribute path \"" + path + "\" is not a dotted list of names"));
    }

    @Test
    void badSegmentInThreePartEntryIsRejectedNamingTheAttribute() {
        assertThat(parseError("profile..displayName:dn:display_name"),
                is("attribute path \"profile..displayName\" is not a dotted list of names"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"email:", "email::email", "email:1e", "email:e mail", "email:e:", "email:e:1long",
            "email:-e", "email:e:dis play", "email:e$", "email:é", "$x", "first-$"})
    void badClaimNameIsRejected(String entry) {
        assertThat(parseError(entry), is(BAD_NAME_MESSAGE));
    }

    @Test
    void claimNameLongerThanSixtyFourCharactersIsRejected() {
        assertThat(parseError("email:" + "n".repeat(65)), is(BAD_NAME_MESSAGE));
        assertThat(parseError("email:e:" + "n".repeat(65)), is(BAD_NAME_MESSAGE));
        assertThat(parseError("a".repeat(65)), is(BAD_NAME_MESSAGE));
    }
}
