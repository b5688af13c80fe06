package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static dev.sessionjwt.internal.token.Tokens.rejection;
import static dev.sessionjwt.internal.token.Tokens.signed;
import static dev.sessionjwt.internal.token.Tokens.validClaims;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link TokenVerifier}: exp, iat and nbf against a fixed clock, the skew and the lifetime. */
class TokenVerifierTimeTest {

    private static final long NOW_S = NOW.getEpochSecond();
    private static final long LIFETIME_S = LIFETIME.getSeconds();
    private static final long SKEW_S = SKEW.getSeconds();

    private final TokenVerifier verifier = Tokens.verifier();

    private static String token(long iat, long exp) {
        Map<String, Object> claims = validClaims();
        claims.put("iat", iat);
        claims.put("exp", exp);
        return signed(claims);
    }

    @Test
    void tokenExpiredLongAgoIsRejected() {
        assertThat(rejection(verifier, token(NOW_S - 2 * LIFETIME_S, NOW_S - LIFETIME_S)), is(TokenRejection.EXPIRED));
    }

    @Test
    void tokenIsRejectedExactlyWhenExpPlusSkewReachesNow() {
        long exp = NOW_S - SKEW_S;

        assertThat(rejection(verifier, token(exp - LIFETIME_S, exp)), is(TokenRejection.EXPIRED));
    }

    @Test
    void tokenIsAcceptedOneSecondBeforeExpPlusSkew() {
        long exp = NOW_S - SKEW_S + 1;

        assertThat(Tokens.accepted(verifier, token(exp - LIFETIME_S, exp)).expiresAt(), is(Instant.ofEpochSecond(exp)));
    }

    @Test
    void expiryBoundaryFollowsTheClock() {
        String token = token(NOW_S, NOW_S + LIFETIME_S);
        Instant lastGoodSecond = NOW.plus(LIFETIME).plus(SKEW).minusSeconds(1);

        assertThat(Tokens.accepted(Tokens.verifierAt(lastGoodSecond), token).sessionId(), is("session-1"));
        assertThat(rejection(Tokens.verifierAt(lastGoodSecond.plusSeconds(1)), token), is(TokenRejection.EXPIRED));
    }

    @Test
    void issuedAtBeyondTheSkewInTheFutureIsNotYetValid() {
        long iat = NOW_S + SKEW_S + 1;

        assertThat(rejection(verifier, token(iat, iat + 60)), is(TokenRejection.NOT_YET_VALID));
    }

    @Test
    void issuedAtWithinTheSkewInTheFutureIsAccepted() {
        long iat = NOW_S + SKEW_S;

        assertThat(Tokens.accepted(verifier, token(iat, iat + 60)).issuedAt(), is(Instant.ofEpochSecond(iat)));
    }

    @Test
    void notBeforeBeyondTheSkewInTheFutureIsNotYetValid() {
        Map<String, Object> claims = validClaims();
        claims.put("nbf", NOW_S + SKEW_S + 1);

        assertThat(rejection(verifier, signed(claims)), is(TokenRejection.NOT_YET_VALID));
    }

    @Test
    void notBeforeWithinTheSkewOrInThePastIsAccepted() {
        Map<String, Object> claims = validClaims();
        claims.put("nbf", NOW_S + SKEW_S);
        assertThat(Tokens.accepted(verifier, signed(claims)).sessionId(), is("session-1"));

        claims.put("nbf", NOW_S - 3600);
        assertThat(Tokens.accepted(verifier, signed(claims)).sessionId(), is("session-1"));
    }

    @Test
    void expFurtherThanLifetimePlusSkewAheadIsRejectedAsLifetimeTooLong() {
        assertThat(rejection(verifier, token(NOW_S, NOW_S + LIFETIME_S + SKEW_S + 1)),
                is(TokenRejection.LIFETIME_TOO_LONG));
    }

    @Test
    void expExactlyLifetimePlusSkewAheadIsAccepted() {
        long exp = NOW_S + LIFETIME_S + SKEW_S;

        assertThat(Tokens.accepted(verifier, token(NOW_S, exp)).expiresAt(), is(Instant.ofEpochSecond(exp)));
    }

    @Test
    void expYearsAheadIsRejectedAsLifetimeTooLong() {
        assertThat(rejection(verifier, token(NOW_S, NOW_S + 10L * 366 * 86_400)), is(TokenRejection.LIFETIME_TOO_LONG));
    }

    @Test
    void expAtTheLargestLongIsRejectedAsLifetimeTooLong() {
        assertThat(rejection(verifier, token(NOW_S, Long.MAX_VALUE)), is(TokenRejection.LIFETIME_TOO_LONG));
    }

    @Test
    void expBeforeIatIsRejected() {
        assertThat(rejection(verifier, token(NOW_S + 10, NOW_S + 5)), is(TokenRejection.LIFETIME_TOO_LONG));
    }

    @Test
    void issuedAtBeyondTheRangeOfInstantIsRejectedWithoutThrowing() {
        assertThat(rejection(verifier, token(Long.MIN_VALUE, NOW_S + 60)), is(TokenRejection.INVALID_CLAIM));
    }

    @Test
    void negativeExpIsRejectedAsExpired() {
        assertThat(rejection(verifier, token(Long.MIN_VALUE, -1)), is(TokenRejection.EXPIRED));
    }

    @Test
    void fractionalTimesAreTruncatedToSeconds() {
        Map<String, Object> claims = validClaims();
        claims.put("iat", NOW_S + 0.75);
        claims.put("exp", NOW_S + 60.9);

        SessionToken token = Tokens.accepted(verifier, signed(claims));

        assertThat(token.issuedAt(), is(NOW));
        assertThat(token.expiresAt(), is(NOW.plusSeconds(60)));
    }
}
