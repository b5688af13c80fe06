package dev.sessionjwt.internal.token;

import static dev.sessionjwt.internal.token.Tokens.NOW;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.Verification;

/** Unit tests of {@link VerifiedTokenCache}: exact-string lookups, the bound, CLOCK eviction, capacity 0. */
class VerifiedTokenCacheTest {

    /** The verifier every entry is recorded for. */
    private static final TokenVerifier VERIFIER = new TokenVerifier(JwtKey.hmacSha256(Tokens.SECRET), "sk",
            Tokens.LIFETIME, Tokens.SKEW, Tokens.MAX_SIZE, new MutableClock(NOW));

    private static Verification.Valid valid(String value) {
        return new Verification.Valid(new SessionToken(value, "sid-" + value, NOW, NOW.plusSeconds(1800), "jti",
                Map.of()));
    }

    private static void put(VerifiedTokenCache cache, String value) {
        cache.put(value, valid(value), NOW.getEpochSecond(), VERIFIER);
    }

    @Test
    void putValueIsFoundWithItsResult() {
        VerifiedTokenCache cache = new VerifiedTokenCache(8);
        Verification.Valid valid = valid("a.b.c");

        cache.put("a.b.c", valid, 42, VERIFIER);

        VerifiedTokenCache.Entry entry = cache.get("a.b.c");
        assertThat(entry.valid, is(sameInstance(valid)));
        assertThat(entry.verifiedAt, is(42L));
        assertThat(entry.expiresAt, is(NOW.plusSeconds(1800).getEpochSecond()));
        assertThat(cache.size(), is(1));
    }

    @Test
    void lookupIsByTheWholeExactString() {
        VerifiedTokenCache cache = new VerifiedTokenCache(8);
        put(cache, "header.payload.signature");

        assertThat(cache.get("header.payload.signatur"), is(nullValue()));
        assertThat(cache.get("header.payload.signaturE"), is(nullValue()));
        assertThat(cache.get("header.payload.signature."), is(nullValue()));
        assertThat(cache.get("header.payload"), is(nullValue()));
        assertThat(cache.get(new String("header.payload.signature".toCharArray())), is(notNullValue()));
    }

    @Test
    void valuesEndingAlikeAreStillToldApartByTheirWholeString() {
        VerifiedTokenCache cache = new VerifiedTokenCache(8);
        String signature = ".SIGNATURE-SIGNATURE-SIGNATURE-SIGNATURE-SIG";
        put(cache, "header.payload-one" + signature);
        put(cache, "header.payload-two" + signature);

        assertThat(cache.size(), is(2));
        assertThat(cache.get("header.payload-one" + signature).valid.token().compact(),
                is("header.payload-one" + signature));
        assertThat(cache.get("header.payload-two" + signature).valid.token().compact(),
                is("header.payload-two" + signature));
        assertThat(cache.get("header.payload-six" + signature), is(nullValue()));
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        VerifiedTokenCache cache = new VerifiedTokenCache(16);

        for (int i = 0; i < 1000; i++) {
            put(cache, "token-" + i);
            assertThat(cache.size(), is(lessThanOrEqualTo(16)));
        }
        assertThat(cache.size(), is(16));
    }

    @Test
    void evictionSparesEntriesUsedSinceTheLastSweep() {
        VerifiedTokenCache cache = new VerifiedTokenCache(4);
        put(cache, "a");
        put(cache, "b");
        put(cache, "c");
        put(cache, "d");
        cache.get("a");
        cache.get("b");

        put(cache, "e");

        assertThat(cache.size(), is(4));
        assertThat(cache.get("a"), is(notNullValue()));
        assertThat(cache.get("b"), is(notNullValue()));
    }

    @Test
    void entriesInConstantUseSurviveAStreamOfNewOnes() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100);
        List<String> hot = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            hot.add("hot-" + i);
            put(cache, "hot-" + i);
        }

        for (int i = 0; i < 5000; i++) {
            hot.forEach(cache::get);
            put(cache, "cold-" + i);
        }

        for (String value : hot) {
            assertThat(value, cache.get(value), is(notNullValue()));
        }
        assertThat(cache.size(), is(100));
    }

    @Test
    void puttingTheSameValueAgainReplacesItsEntry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(4);
        put(cache, "a");

        cache.put("a", valid("a"), 99, VERIFIER);

        assertThat(cache.size(), is(1));
        assertThat(cache.get("a").verifiedAt, is(99L));
    }

    @Test
    void removeDropsOnlyTheGivenEntry() {
        VerifiedTokenCache cache = new VerifiedTokenCache(4);
        put(cache, "a");
        VerifiedTokenCache.Entry old = cache.get("a");
        cache.put("a", valid("a"), 7, VERIFIER);

        cache.remove("a", old);
        assertThat(cache.get("a").verifiedAt, is(7L));

        cache.remove("a", cache.get("a"));
        assertThat(cache.get("a"), is(nullValue()));
    }

    @Test
    void capacityZeroKeepsNothing() {
        VerifiedTokenCache cache = new VerifiedTokenCache(0);

        put(cache, "a");

        assertThat(cache.isEnabled(), is(false));
        assertThat(cache.get("a"), is(nullValue()));
        assertThat(cache.size(), is(0));
    }

    @Test
    void negativeCapacityIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new VerifiedTokenCache(-1));
    }

    @Test
    void concurrentPutsStayWithinTheBound() throws InterruptedException {
        VerifiedTokenCache cache = new VerifiedTokenCache(64);
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread worker = new Thread(() -> {
                awaitQuietly(start);
                for (int i = 0; i < 2000; i++) {
                    put(cache, "t" + id + "-" + i);
                    cache.get("t" + id + "-" + (i / 2));
                }
            });
            workers.add(worker);
            worker.start();
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(cache.size(), is(lessThanOrEqualTo(64)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
