package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.TokenRejection;

/** Unit tests of {@link TokenCounters}: each counter, rejections by reason, the summary, concurrent counting. */
class TokenCountersTest {

    private final TokenCounters counters = new TokenCounters();

    @Test
    void everyCounterStartsAtZero() {
        assertThat(counters.tokensVerified(), is(0L));
        assertThat(counters.cacheHits(), is(0L));
        assertThat(counters.cacheMisses(), is(0L));
        assertThat(counters.tokensIssued(), is(0L));
        assertThat(counters.tokensRejected(), is(0L));
        assertThat(counters.rejectedByReason().values().stream().allMatch(count -> count == 0), is(true));
    }

    @Test
    void eachEventCountsOnlyItself() {
        counters.verified();
        counters.cacheHit();
        counters.cacheHit();
        counters.cacheMiss();
        counters.issued();
        counters.issued();
        counters.issued();

        assertThat(counters.tokensVerified(), is(1L));
        assertThat(counters.cacheHits(), is(2L));
        assertThat(counters.cacheMisses(), is(1L));
        assertThat(counters.tokensIssued(), is(3L));
        assertThat(counters.tokensRejected(), is(0L));
    }

    @Test
    void rejectionsAreCountedByReasonAndInTotal() {
        counters.rejected(TokenRejection.BAD_SIGNATURE);
        counters.rejected(TokenRejection.BAD_SIGNATURE);
        counters.rejected(TokenRejection.EXPIRED);

        Map<TokenRejection, Long> byReason = counters.rejectedByReason();

        assertThat(counters.tokensRejected(), is(3L));
        assertThat(counters.tokensRejected(TokenRejection.BAD_SIGNATURE), is(2L));
        assertThat(byReason.get(TokenRejection.EXPIRED), is(1L));
        assertThat(byReason.get(TokenRejection.MALFORMED), is(0L));
        assertThat(byReason.keySet(), is(EnumSet.allOf(TokenRejection.class)));
    }

    @Test
    void summaryNamesEveryTotalAndOnlyTheReasonsThatOccurred() {
        counters.cacheHit();
        counters.rejected(TokenRejection.TOO_LARGE);

        String summary = counters.summary();

        assertThat(summary, containsString("verified=0, cacheHits=1, cacheMisses=0, issued=0, rejected=1"));
        assertThat(summary, containsString("rejected.TOO_LARGE=1"));
        assertThat(summary, not(containsString("MALFORMED")));
    }

    @Test
    void countsFromManyThreadsAddUpExactly() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 10_000; i++) {
                    counters.cacheHit();
                    counters.rejected(TokenRejection.MALFORMED);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(counters.cacheHits(), is(40_000L));
        assertThat(counters.tokensRejected(TokenRejection.MALFORMED), is(40_000L));
    }
}
