package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link CookiePrefixRules}: what browsers require of {@code __Host-} and {@code __Secure-} cookies. */
class CookiePrefixRulesTest {

    private static CookieAttributes cookie(String name, boolean secure, String path, String domain) {
        return new CookieAttributes(name, path, domain, secure, true, -1, "Lax");
    }

    @Test
    void hostCookieThatIsSecureAtRootWithoutDomainPasses() {
        assertThat(CookiePrefixRules.problems(cookie("__Host-s", true, "/", null)), is(empty()));
    }

    @Test
    void hostCookieFailsWithoutSecureOrWithAPathOrADomain() {
        assertThat(CookiePrefixRules.problems(cookie("__Host-s", false, "/", null)), hasSize(1));
        assertThat(CookiePrefixRules.problems(cookie("__Host-s", true, "/app", null)), hasSize(1));
        assertThat(CookiePrefixRules.problems(cookie("__Host-s", true, "/", "example.com")).get(0).message(),
                containsString("SJWT0012"));
    }

    @Test
    void secureCookieNeedsSecureOnly() {
        assertThat(CookiePrefixRules.problems(cookie("__Secure-s", true, "/app", "example.com")), is(empty()));
        assertThat(CookiePrefixRules.problems(cookie("__Secure-s", false, "/", null)).get(0).message(),
                containsString("__Secure- cookie to be <secure>true</secure>"));
    }

    @Test
    void unprefixedCookieHasNoRules() {
        assertThat(CookiePrefixRules.problems(cookie("JSESSIONID", false, "/app", "example.com")), is(empty()));
    }
}
