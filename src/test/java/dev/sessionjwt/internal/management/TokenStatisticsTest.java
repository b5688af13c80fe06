package dev.sessionjwt.internal.management;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import javax.management.ObjectName;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/** Unit tests of {@link TokenStatistics}: attributes mirror the counters, the JMX name, the log line. */
class TokenStatisticsTest {

    private final TokenCounters counters = new TokenCounters();
    private final TokenStatistics statistics =
            new TokenStatistics("/shop", counters, new VerifiedTokenCache(128), () -> 0);

    @Test
    void attributesMirrorTheCounters() {
        counters.verified();
        counters.cacheHit();
        counters.cacheHit();
        counters.cacheMiss();
        counters.issued();
        counters.rejected(TokenRejection.EXPIRED);

        assertThat(statistics.getTokensVerified(), is(1L));
        assertThat(statistics.getCacheHits(), is(2L));
        assertThat(statistics.getCacheMisses(), is(1L));
        assertThat(statistics.getTokensIssued(), is(1L));
        assertThat(statistics.getTokensRejected(), is(1L));
        assertThat(statistics.getRejectedByReason().get("EXPIRED"), is(1L));
        assertThat(statistics.getRejectedByReason().get("BAD_SIGNATURE"), is(0L));
        assertThat(statistics.getCacheSize(), is(0));
        assertThat(statistics.getCacheCapacity(), is(128));
        assertThat(statistics.getSessionMemoryCopies(), is(0));
    }

    @Test
    void memoryCopiesAreReadWhenAsked() {
        int[] copies = {3};
        TokenStatistics withCopies = new TokenStatistics("/shop", counters, new VerifiedTokenCache(0), () -> copies[0]);

        assertThat(withCopies.getSessionMemoryCopies(), is(3));
        copies[0] = 5;
        assertThat(withCopies.getSessionMemoryCopies(), is(5));
    }

    @Test
    void objectNameCarriesTheContextPath() throws Exception {
        assertThat(statistics.objectName(), is(new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/shop")));
        assertThat(new TokenStatistics("", counters, new VerifiedTokenCache(0), () -> 0).objectName()
                        .getKeyProperty("context"),
                is("/"));
    }

    @Test
    void contextPathWithCharactersJmxReservesIsQuoted() {
        ObjectName name = new TokenStatistics("/a,b=c", counters, new VerifiedTokenCache(0), () -> 0).objectName();

        assertThat(ObjectName.unquote(name.getKeyProperty("context")), is("/a,b=c"));
    }

    @Test
    void logCountsWritesOneInfoLineWithItsId() {
        Logger logger = Logger.getLogger(TokenStatistics.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            counters.issued();
            statistics.logCounts();
        } finally {
            logger.removeHandler(handler);
        }

        assertThat(records.size(), is(1));
        assertThat(records.get(0).getLevel(), is(Level.INFO));
        String line = new SimpleFormatter().formatMessage(records.get(0));
        assertThat(line, containsString("SJWT0061: session-jwt token counts for /shop: verified=0"));
        assertThat(line, containsString("issued=1"));
        assertThat(line, containsString("cacheSize=0/128"));
    }
}
