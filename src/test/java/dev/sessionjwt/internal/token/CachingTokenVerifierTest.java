package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.LIFETIME;
import static dev.sessionjwt.internal.token.Tokens.MAX_SIZE;
import static dev.sessionjwt.internal.token.Tokens.NOW;
import static dev.sessionjwt.internal.token.Tokens.SECRET;
import static dev.sessionjwt.internal.token.Tokens.SKEW;
import static dev.sessionjwt.internal.token.Tokens.signed;
import static dev.sessionjwt.internal.token.Tokens.validClaims;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Unit tests of {@link CachingTokenVerifier}: hits and misses, expiry while cached, a clock set back,
 * rejected values never cached, the bound, capacity 0, and what each outcome counts.
 */
class CachingTokenVerifierTest {

    private final MutableClock clock = new MutableClock(NOW);
    private final TokenCounters counters = new TokenCounters();

    private CachingTokenVerifier verifier(int capacity) {
        TokenVerifier full = new TokenVerifier(JwtKey.hmacSha256(SECRET), "sk", LIFETIME, SKEW, MAX_SIZE, clock);
        return new CachingTokenVerifier(full, new VerifiedTokenCache(capacity), counters);
    }

    private static String token(String sessionId) {
        Map<String, Object> claims = validClaims();
        claims.put("sk", sessionId);
        return signed(claims);
    }

    private static SessionToken valid(Verification result) {
        return assertInstanceOf(Verification.Valid.class, result, "expected a valid token, got " + result).token();
    }

    private static TokenRejection rejected(Verification result) {
        return assertInstanceOf(Verification.Rejected.class, result, "expected a rejection, got " + result).reason();
    }

    @Test
    void aCacheSharedWithAVerifierOfAnotherKeyUnderTheSameKidNeverServesItsEntries() {
        VerifiedTokenCache shared = new VerifiedTokenCache(16);
        JwtKey original = new JwtKey("main", "HS256", new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)),
                new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        byte[] replacement = "another secret, same kid, 32+ bytes".getBytes(StandardCharsets.UTF_8);
        JwtKey replaced = new JwtKey("main", "HS256", new HmacKey(replacement), new HmacKey(replacement));
        CachingTokenVerifier before = new CachingTokenVerifier(new TokenVerifier(original, "sk", LIFETIME, SKEW,
                MAX_SIZE, clock), shared, counters);
        CachingTokenVerifier after = new CachingTokenVerifier(new TokenVerifier(replaced, "sk", LIFETIME, SKEW,
                MAX_SIZE, clock), shared, counters);
        String token = new TokenIssuer(original, "sk", LIFETIME, clock).issue("s1", Map.of()).compact();
        valid(before.verify(token));

        Verification underTheReplacement = after.verify(token);

        assertThat(rejected(underTheReplacement), is(TokenRejection.BAD_SIGNATURE));
        assertThat(valid(before.verify(token)).sessionId(), is("s1"));
    }

    @Test
    void firstVerificationIsAMissAndTheNextOnesAreHits() {
        CachingTokenVerifier verifier = verifier(16);
        String token = token("s1");

        Verification first = verifier.verify(token);
        Verification second = verifier.verify(new String(token.toCharArray()));
        Verification third = verifier.verify(token);

        assertThat(valid(first).sessionId(), is("s1"));
        assertThat(second, is(sameInstance(first)));
        assertThat(third, is(sameInstance(first)));
        assertThat(counters.cacheMisses(), is(1L));
        assertThat(counters.tokensVerified(), is(1L));
        assertThat(counters.cacheHits(), is(2L));
        assertThat(verifier.cache().size(), is(1));
    }

    @Test
    void sameClaimsUnderAnotherSignatureIsNotAHit() {
        CachingTokenVerifier verifier = verifier(16);
        String token = token("s1");
        verifier.verify(token);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);

        assertThat(rejected(verifier.verify(forged)), is(TokenRejection.BAD_SIGNATURE));
        assertThat(counters.cacheHits(), is(0L));
        assertThat(counters.cacheMisses(), is(2L));
    }

    @Test
    void cachedTokenExpiresExactlyWhenAnUncachedOneWould() {
        CachingTokenVerifier verifier = verifier(16);
        String token = token("s1");
        verifier.verify(token);
        Duration expiredAfter = LIFETIME.plus(SKEW);

        clock.set(NOW.plus(expiredAfter).minusSeconds(1));
        assertThat(valid(verifier.verify(token)).sessionId(), is("s1"));
        assertThat(counters.cacheHits(), is(1L));

        clock.set(NOW.plus(expiredAfter));
        assertThat(rejected(verifier.verify(token)), is(TokenRejection.EXPIRED));
        assertThat(Tokens.rejection(Tokens.verifierAt(NOW.plus(expiredAfter)), token), is(TokenRejection.EXPIRED));
        assertThat(verifier.cache().size(), is(0));
        assertThat(counters.tokensRejected(TokenRejection.EXPIRED), is(1L));
    }

    @Test
    void expiredTokenIsVerifiedInFullAgainAndStaysOutOfTheCache() {
        CachingTokenVerifier verifier = verifier(16);
        String token = token("s1");
        verifier.verify(token);
        clock.advance(LIFETIME.plus(SKEW));
        verifier.verify(token);

        assertThat(rejected(verifier.verify(token)), is(TokenRejection.EXPIRED));
        assertThat(counters.tokensRejected(TokenRejection.EXPIRED), is(2L));
        assertThat(counters.cacheMisses(), is(2L));
        assertThat(verifier.cache().size(), is(0));
    }

    @Test
    void clockSetBackBeforeTheVerificationChecksTheTokenInFull() {
        CachingTokenVerifier verifier = verifier(16);
        String token = token("s1");
        verifier.verify(token);

        clock.set(NOW.minus(Duration.ofHours(1)));

        assertThat(rejected(verifier.verify(token)), is(TokenRejection.NOT_YET_VALID));
        assertThat(counters.cacheHits(), is(0L));
        assertThat(counters.cacheMisses(), is(2L));
        assertThat(verifier.cache().size(), is(0));
    }

    @Test
    void rejectedValueIsNeverCached() {
        CachingTokenVerifier verifier = verifier(16);
        Map<String, Object> claims = validClaims();
        claims.remove("jti");
        String missingJti = signed(claims);
        String tampered = token("s1") + "x";

        for (int i = 0; i < 3; i++) {
            assertThat(rejected(verifier.verify(missingJti)), is(TokenRejection.MISSING_CLAIM));
            assertThat(rejected(verifier.verify(tampered)), is(TokenRejection.BAD_SIGNATURE));
        }

        assertThat(verifier.cache().size(), is(0));
        assertThat(counters.cacheHits(), is(0L));
        assertThat(counters.cacheMisses(), is(6L));
        assertThat(counters.tokensRejected(TokenRejection.MISSING_CLAIM), is(3L));
        assertThat(counters.tokensRejected(TokenRejection.BAD_SIGNATURE), is(3L));
        assertThat(counters.tokensRejected(), is(6L));
    }

    @Test
    void valuesTheVerifierRejectsUnreadAreNotLookedUp() {
        CachingTokenVerifier verifier = verifier(16);

        assertThat(rejected(verifier.verify(null)), is(TokenRejection.MALFORMED));
        assertThat(rejected(verifier.verify("")), is(TokenRejection.MALFORMED));
        assertThat(rejected(verifier.verify("a".repeat(MAX_SIZE + 1))), is(TokenRejection.TOO_LARGE));
        assertThat(counters.cacheMisses(), is(0L));
        assertThat(counters.tokensRejected(), is(3L));
    }

    @Test
    void cacheHoldsAtMostItsCapacityAndEvictedTokensAreVerifiedAgain() {
        CachingTokenVerifier verifier = verifier(2);
        String a = token("a");
        String b = token("b");
        String c = token("c");

        verifier.verify(a);
        verifier.verify(b);
        verifier.verify(c);
        assertThat(verifier.cache().size(), is(2));

        for (String token : new String[] {a, b, c}) {
            assertThat(valid(verifier.verify(token)).compact(), is(token));
        }
        assertThat(verifier.cache().size(), is(2));
        assertThat(counters.cacheHits() + counters.cacheMisses(), is(6L));
        assertThat(counters.cacheMisses(), is(greaterThanOrEqualTo(4L)));
        assertThat(counters.tokensVerified(), is(counters.cacheMisses()));
    }

    @Test
    void capacityZeroVerifiesEveryValueInFullAndCountsNoLookups() {
        CachingTokenVerifier verifier = verifier(0);
        String token = token("s1");

        Verification first = verifier.verify(token);
        Verification second = verifier.verify(token);

        assertThat(valid(second).sessionId(), is(valid(first).sessionId()));
        assertThat(second, is(not(sameInstance(first))));
        assertThat(counters.tokensVerified(), is(2L));
        assertThat(counters.cacheHits(), is(0L));
        assertThat(counters.cacheMisses(), is(0L));
        assertThat(verifier.cache().size(), is(0));
    }
}
