package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link TokenCookies}: the Set-Cookie strings, reading Cookie headers and replacing our header. */
class TokenCookiesTest {

    private static final CookieAttributes DEFAULTS =
            new CookieAttributes("JSESSIONID", "/shop", null, false, true, -1, "Lax");
    private static final CookieAttributes FULL =
            new CookieAttributes("SID", "/", "example.com", true, true, 3600, "Strict");

    private final TokenCookies cookies = new TokenCookies(DEFAULTS);
    private final FakeResponse fake = new FakeResponse();
    private final HttpServletResponse response = fake.proxy();

    @Test
    void tokenHeaderWithTheDefaultsIsASessionCookie() {
        assertThat(cookies.tokenHeader("a.b.c", false), is("JSESSIONID=a.b.c; Path=/shop; HttpOnly; SameSite=Lax"));
    }

    @Test
    void tokenHeaderCarriesEveryConfiguredAttribute() {
        assertThat(new TokenCookies(FULL).tokenHeader("a.b.c", false),
                is("SID=a.b.c; Path=/; Domain=example.com; Max-Age=3600; Secure; HttpOnly; SameSite=Strict"));
    }

    @Test
    void secureRequestMakesTheCookieSecure() {
        assertThat(cookies.tokenHeader("a.b.c", true), is("JSESSIONID=a.b.c; Path=/shop; Secure; HttpOnly; SameSite=Lax"));
    }

    @Test
    void cookieIsNotHttpOnlyWhenConfiguredSo() {
        TokenCookies readable = new TokenCookies(new CookieAttributes("JSESSIONID", "/", null, false, false, -1, "None"));

        assertThat(readable.tokenHeader("t", true), is("JSESSIONID=t; Path=/; Secure; SameSite=None"));
    }

    @Test
    void maxAgeIsWrittenFromZeroUpAndOmittedWhenNegative() {
        TokenCookies zero = new TokenCookies(new CookieAttributes("JSESSIONID", "/", null, false, true, 0, "Lax"));
        TokenCookies negative = new TokenCookies(new CookieAttributes("JSESSIONID", "/", null, false, true, -2, "Lax"));

        assertThat(zero.tokenHeader("t", false), is("JSESSIONID=t; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"));
        assertThat(negative.tokenHeader("t", false), is("JSESSIONID=t; Path=/; HttpOnly; SameSite=Lax"));
    }

    @Test
    void deletionHeaderEmptiesTheCookieWithMaxAgeZeroAndAnExpiryIn1970() {
        assertThat(cookies.deletionHeader(false), is("JSESSIONID=; Path=/shop; Max-Age=0;"
                + " Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"));
    }

    @Test
    void deletionHeaderKeepsTheScopeAndFlagsButNotTheConfiguredMaxAge() {
        assertThat(new TokenCookies(FULL).deletionHeader(false), is("SID=; Path=/; Domain=example.com; Max-Age=0;"
                + " Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly; SameSite=Strict"));
        assertThat(cookies.deletionHeader(true), is("JSESSIONID=; Path=/shop; Max-Age=0;"
                + " Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure; HttpOnly; SameSite=Lax"));
    }

    @Test
    void valueIsReadFromAmongOtherCookies() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders("a=1; JSESSIONID=x.y.z; b=2")), contains("x.y.z"));
    }

    @Test
    void severalCookiesOfOurNameAcrossSeveralHeadersAreReadInOrder() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders("JSESSIONID=first; a=1", "b=2",
                "JSESSIONID=second;JSESSIONID=third")), contains("first", "second", "third"));
    }

    @Test
    void cookiesWhoseNameOnlyResemblesOursAreIgnored() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders(
                "JSESSIONIDX=a; XJSESSIONID=b; jsessionid=c; JSESSIONIDVERSION=d; JSESSIONID_=e; JSESSIONID")), is(empty()));
    }

    @Test
    void requestWithoutCookiesHasNoValues() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders()), is(empty()));
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders("", ";", " ; ")), is(empty()));
        assertThat(cookies.valuesIn(FakeRequest.withNullHeaders()), is(empty()));
    }

    @Test
    void valuesAreKeptAsSentApartFromSurroundingWhitespace() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders("  JSESSIONID=\"x.y.z\"  ; JSESSIONID=; JSESSIONID=a=b")),
                contains("\"x.y.z\"", "", "a=b"));
    }

    @Test
    void onlyTheFirstFourDistinctValuesInHeaderOrderAreRead() {
        StringBuilder many = new StringBuilder("JSESSIONID=first; JSESSIONID=first; a=1");
        for (int i = 0; i < 300; i++) {
            many.append("; JSESSIONID=forged").append(i);
        }

        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders(many.toString(), "JSESSIONID=late")),
                contains("first", "forged0", "forged1", "forged2"));
    }

    @Test
    void repeatedValuesAcrossHeadersCountOnceAndLeaveRoomForOthers() {
        assertThat(cookies.valuesIn(FakeRequest.withCookieHeaders("JSESSIONID=x;JSESSIONID=x", " JSESSIONID=x ",
                "JSESSIONID=; JSESSIONID=", "JSESSIONID=y; JSESSIONID=x; JSESSIONID=z; JSESSIONID=w")),
                contains("x", "", "y", "z"));
    }

    @Test
    void configuredNameIsTheOneRead() {
        TokenCookies sid = new TokenCookies(FULL);

        assertThat(sid.valuesIn(FakeRequest.withCookieHeaders("JSESSIONID=a; SID=b")), contains("b"));
    }

    @Test
    void putAddsTheHeaderToAResponseWithoutOne() {
        response.setHeader("Content-Type", "text/plain");

        cookies.put(response, cookies.tokenHeader("t1", false));

        assertThat(fake.headers("Set-Cookie"), contains("JSESSIONID=t1; Path=/shop; HttpOnly; SameSite=Lax"));
        assertThat(fake.headers("Content-Type"), contains("text/plain"));
    }

    @Test
    void putAddsToOtherCookiesWithoutTouchingThem() {
        response.addHeader("Set-Cookie", "lang=en; Path=/");

        cookies.put(response, "JSESSIONID=t1");

        assertThat(fake.headers("Set-Cookie"), contains("lang=en; Path=/", "JSESSIONID=t1"));
    }

    @Test
    void putReplacesOurEarlierHeaderAndKeepsTheOthers() {
        response.addHeader("Set-Cookie", "lang=en; Path=/");
        cookies.put(response, "JSESSIONID=created");
        response.addHeader("Set-Cookie", "JSESSIONIDX=other");
        response.setHeader("Content-Type", "text/plain");

        cookies.put(response, "JSESSIONID=rotated");

        assertThat(fake.headers("Set-Cookie"), containsInAnyOrder("lang=en; Path=/", "JSESSIONIDX=other", "JSESSIONID=rotated"));
        assertThat(fake.headers("Content-Type"), contains("text/plain"));
    }

    @Test
    void putLeavesOnlyOneOfOursEvenIfSeveralWereThere() {
        response.addHeader("Set-Cookie", "JSESSIONID=container-wrote-this; Path=/shop");
        response.addHeader("Set-Cookie", "a=1");
        response.addHeader("Set-Cookie", "JSESSIONID=and-this");

        cookies.put(response, cookies.deletionHeader(false));

        assertThat(fake.headers("Set-Cookie"), containsInAnyOrder("a=1", cookies.deletionHeader(false)));
    }

    @Test
    void putOnACommittedResponseDoesNotThrowAndIsLost() {
        response.addHeader("Set-Cookie", "a=1");
        fake.commit();

        cookies.put(response, "JSESSIONID=late");

        assertThat(response.isCommitted(), is(true));
        assertThat(fake.headers("Set-Cookie"), contains("a=1"));
        assertThat(cookies.isIn(response), is(false));
    }

    @Test
    void isInSeesOnlyOurCookie() {
        response.addHeader("Set-Cookie", "JSESSIONIDX=other");
        assertThat(cookies.isIn(response), is(false));

        cookies.put(response, "JSESSIONID=t");
        assertThat(cookies.isIn(response), is(true));
    }

    @Test
    void attributesAreTheOnesGivenAndRequired() {
        assertThat(cookies.attributes(), sameInstance(DEFAULTS));
        assertThrows(NullPointerException.class, () -> new TokenCookies(null));
    }
}
