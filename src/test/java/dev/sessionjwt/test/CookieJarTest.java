package dev.sessionjwt.test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which Set-Cookie headers the test client's jar takes as a deletion, as a browser does. */
class CookieJarTest {

    @Test
    void libraryDeletionRemovesTheCookie() {
        assertThat(after("JSESSIONID=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly"),
                equalTo(Optional.empty()));
    }

    @Test
    void libertyEe11DeletionWithOnlyAnExpiresInThePastRemovesTheCookie() {
        // measured on Open Liberty 26.0.0.5 with servlet-6.1 (SignaturesPerRequestIT)
        assertThat(after("JSESSIONID=\"\"; Expires=Thu, 01 Dec 1994 16:00:00 GMT; Path=/; HttpOnly; SameSite=Lax"),
                equalTo(Optional.empty()));
    }

    @Test
    void pastExpiresOnAnotherValueRemovesTheCookie() {
        assertThat(after("JSESSIONID=abc; Expires=Thu, 01 Dec 1994 16:00:00 GMT; Path=/"), equalTo(Optional.empty()));
    }

    @Test
    void futureExpiresKeepsTheCookie() {
        assertThat(after("JSESSIONID=abc; Expires=Fri, 01 Jan 2100 00:00:00 GMT"), equalTo(Optional.of("abc")));
    }

    @Test
    void positiveMaxAgeWinsOverAPastExpires() {
        assertThat(after("JSESSIONID=abc; Expires=Thu, 01 Dec 1994 16:00:00 GMT; Max-Age=3600"),
                equalTo(Optional.of("abc")));
    }

    @Test
    void negativeMaxAgeRemovesTheCookie() {
        assertThat(after("JSESSIONID=abc; Max-Age=-1"), equalTo(Optional.empty()));
    }

    @Test
    void unparseableExpiresKeepsTheCookie() {
        assertThat(after("JSESSIONID=abc; Expires=yesterday"), equalTo(Optional.of("abc")));
    }

    @Test
    void deletionOfOneCookieKeepsTheOthers() {
        CookieJar jar = new CookieJar();
        jar.store(List.of("A=1", "B=2"));
        jar.store(List.of("A=\"\"; Expires=Thu, 01 Dec 1994 16:00:00 GMT"));

        assertThat(jar.value("A").isPresent(), is(false));
        assertThat(jar.value("B"), equalTo(Optional.of("2")));
    }

    private static Optional<String> after(String setCookie) {
        CookieJar jar = new CookieJar();
        jar.store(List.of("JSESSIONID=old"));
        jar.store(List.of(setCookie));
        return jar.value("JSESSIONID");
    }
}
