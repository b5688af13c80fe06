package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** Unit tests of {@link CookieAttributes}: reading the container's session cookie configuration and its defaults. */
class CookieAttributesTest {

    private final FakeSessionCookieConfig config = new FakeSessionCookieConfig();

    @Test
    void unconfiguredCookieGetsTheDefaults() {
        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop");

        assertThat(attributes, is(new CookieAttributes("JSESSIONID", "/shop", null, false, true, -1, "Lax")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rootContextGetsPathSlash(String contextPath) {
        assertThat(CookieAttributes.of(config.proxy(), contextPath).path(), is("/"));
    }

    @Test
    void everyConfiguredValueIsTaken() {
        config.name = "SID";
        config.path = "/custom";
        config.domain = "example.com";
        config.secure = true;
        config.httpOnly = true;
        config.maxAge = 3600;
        config.attributes.put("SameSite", "Strict");

        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop");

        assertThat(attributes, is(new CookieAttributes("SID", "/custom", "example.com", true, true, 3600, "Strict")));
    }

    @Test
    void blankValuesCountAsUnset() {
        config.name = "  ";
        config.path = "";
        config.domain = " ";
        config.attributes.put("SameSite", "\t");

        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop");

        assertThat(attributes.name(), is("JSESSIONID"));
        assertThat(attributes.path(), is("/shop"));
        assertThat(attributes.domain(), is(nullValue()));
        assertThat(attributes.sameSite(), is("Lax"));
    }

    @Test
    void configuredValuesAreStripped() {
        config.name = " SID ";
        config.path = " /p ";
        config.domain = " example.com ";
        config.attributes.put("SameSite", " None ");

        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop");

        assertThat(attributes, is(new CookieAttributes("SID", "/p", "example.com", false, true, -1, "None")));
    }

    @Test
    void httpOnlyConfiguredOffIsHonoured() {
        config.httpOnly = false;

        assertThat(CookieAttributes.of(config.proxy(), "/shop").httpOnly(), is(false));
    }

    @Test
    void sameSiteDeclaredOnlyInWebXmlIsUsedWhenTheContainerReportsNone() {
        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop", java.util.Map.of("SameSite", "Strict"));

        assertThat(attributes.sameSite(), is("Strict"));
    }

    @Test
    void sameSiteFromTheContainerWinsOverWebXml() {
        config.attributes.put("SameSite", "None");

        CookieAttributes attributes = CookieAttributes.of(config.proxy(), "/shop", java.util.Map.of("SameSite", "Strict"));

        assertThat(attributes.sameSite(), is("None"));
    }

    @Test
    void maxAgeZeroIsKept() {
        config.maxAge = 0;

        assertThat(CookieAttributes.of(config.proxy(), "/shop").maxAge(), is(0));
    }

    @Test
    void nameAndPathAndSameSiteAreRequiredButDomainIsNot() {
        assertThrows(NullPointerException.class, () -> new CookieAttributes(null, "/", null, false, true, -1, "Lax"));
        assertThrows(NullPointerException.class, () -> new CookieAttributes("N", null, null, false, true, -1, "Lax"));
        assertThrows(NullPointerException.class, () -> new CookieAttributes("N", "/", null, false, true, -1, null));
        assertThat(new CookieAttributes("N", "/", null, false, true, -1, "Lax").domain(), is(nullValue()));
    }
}
