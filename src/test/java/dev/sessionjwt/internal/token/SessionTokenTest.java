package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import dev.sessionjwt.token.SessionToken;

/** Unit tests of {@link SessionToken}: the half-life rule, frozen claims and a toString without the token. */
class SessionTokenTest {

    private static SessionToken token(Instant iat, Instant exp) {
        return new SessionToken("h.p.s", "sid", iat, exp, "jti-1", Map.of());
    }

    @Test
    void isNotPastHalfLifeAtIssueOrOneSecondBeforeTheMiddle() {
        SessionToken token = token(NOW, NOW.plus(Duration.ofMinutes(30)));

        assertThat(token.isPastHalfLife(NOW), is(false));
        assertThat(token.isPastHalfLife(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)), is(false));
    }

    @Test
    void isPastHalfLifeFromTheMiddleOn() {
        SessionToken token = token(NOW, NOW.plus(Duration.ofMinutes(30)));

        assertThat(token.isPastHalfLife(NOW.plus(Duration.ofMinutes(15))), is(true));
        assertThat(token.isPastHalfLife(NOW.plus(Duration.ofMinutes(29))), is(true));
        assertThat(token.isPastHalfLife(NOW.plus(Duration.ofHours(2))), is(true));
    }

    @Test
    void oddLifetimeHasItsMiddleBetweenTwoSeconds() {
        SessionToken token = token(NOW, NOW.plusSeconds(61));

        assertThat(token.isPastHalfLife(NOW.plusSeconds(30)), is(false));
        assertThat(token.isPastHalfLife(NOW.plusMillis(30_499)), is(false));
        assertThat(token.isPastHalfLife(NOW.plusMillis(30_500)), is(true));
        assertThat(token.isPastHalfLife(NOW.plusSeconds(31)), is(true));
    }

    @Test
    void isNotPastHalfLifeBeforeIssue() {
        SessionToken token = token(NOW, NOW.plus(Duration.ofMinutes(30)));

        assertThat(token.isPastHalfLife(NOW.minusSeconds(20)), is(false));
    }

    @Test
    void subSecondTimesCountToTheNanosecond() {
        Instant iat = NOW.plusMillis(250);
        SessionToken token = token(iat, iat.plusSeconds(61));

        assertThat(token.isPastHalfLife(iat.plusMillis(30_500).minusNanos(1)), is(false));
        assertThat(token.isPastHalfLife(iat.plusMillis(30_500)), is(true));
    }

    @Test
    void halfLifeAgreesWithDurationArithmeticEverywhere() {
        Random random = new Random(6);
        for (int i = 0; i < 20_000; i++) {
            Instant iat = NOW.plusSeconds(random.nextInt(1000) - 500).plusNanos(random.nextInt(1_000_000_000));
            Instant exp = iat.plusSeconds(random.nextInt(100_000)).plusNanos(random.nextInt(1_000_000_000));
            Instant now = iat.plusSeconds(random.nextInt(200_000) - 50_000).plusNanos(random.nextInt(1_000_000_000));
            boolean expected = !now.isBefore(iat.plus(Duration.between(iat, exp).dividedBy(2)));

            if (token(iat, exp).isPastHalfLife(now) != expected) {
                fail("iat " + iat + ", exp " + exp + ", now " + now + ": expected " + expected);
            }
        }
    }

    @Test
    void farFutureAndFarPastInstantsDoNotOverflow() {
        SessionToken token = token(NOW, NOW.plus(Duration.ofMinutes(30)));

        assertThat(token.isPastHalfLife(Instant.MAX), is(true));
        assertThat(token.isPastHalfLife(Instant.MIN), is(false));
    }

    @Test
    void claimsAreCopiedAndUnmodifiable() {
        Map<String, Object> source = new HashMap<>(Map.of("sk", "sid"));
        SessionToken token = new SessionToken("h.p.s", "sid", NOW, NOW.plusSeconds(60), "j", source);

        source.put("sk", "changed");

        assertThat(token.claims(), hasEntry("sk", (Object) "sid"));
        assertThrows(UnsupportedOperationException.class, () -> token.claims().put("x", "y"));
    }

    @Test
    void claimsKeepNullValuesAndTheirOrder() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("sk", "sid");
        source.put("email", null);
        source.put("exp", 1L);

        SessionToken token = new SessionToken("h.p.s", "sid", NOW, NOW.plusSeconds(60), "j", source);

        assertThat(List.copyOf(token.claims().keySet()), is(List.of("sk", "email", "exp")));
        assertThat(token.claims().get("email"), is(nullValue()));
    }

    @Test
    void toStringShowsJtiAndTimesButNeverTheTokenOrSessionId() {
        SessionToken token = new SessionToken("secret-compact-token", "secret-session-id", NOW, NOW.plusSeconds(60),
                "jti-1", Map.of());

        assertThat(token.toString(), containsString("jti-1"));
        assertThat(token.toString(), containsString(NOW.toString()));
        assertThat(token.toString(), not(containsString("secret-compact-token")));
        assertThat(token.toString(), not(containsString("secret-session-id")));
    }

    @Test
    void nullComponentsAreRefused() {
        Instant later = NOW.plusSeconds(60);
        Map<String, Object> claims = Map.of();

        assertThrows(NullPointerException.class, () -> new SessionToken(null, "s", NOW, later, "j", claims));
        assertThrows(NullPointerException.class, () -> new SessionToken("c", null, NOW, later, "j", claims));
        assertThrows(NullPointerException.class, () -> new SessionToken("c", "s", null, later, "j", claims));
        assertThrows(NullPointerException.class, () -> new SessionToken("c", "s", NOW, null, "j", claims));
        assertThrows(NullPointerException.class, () -> new SessionToken("c", "s", NOW, later, null, claims));
        assertThrows(NullPointerException.class, () -> new SessionToken("c", "s", NOW, later, "j", null));
    }
}
