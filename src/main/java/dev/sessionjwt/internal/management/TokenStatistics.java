package dev.sessionjwt.internal.management;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.logging.Logger;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

import dev.sessionjwt.management.TokenStatisticsMXBean;

/**
 * The {@link TokenStatisticsMXBean} of one web application: a read-only view of its {@link TokenCounters}
 * and {@link VerifiedTokenCache}.
 *
 * <pre>
 * TokenStatistics statistics = new TokenStatistics("/shop", counters, cache, index::size);
 * statistics.logCounts();
 * </pre>
 */
public final class TokenStatistics implements TokenStatisticsMXBean {

    /** The JMX domain of the library's MBeans. */
    public static final String DOMAIN = "dev.sessionjwt";

    private static final Logger LOG = Logger.getLogger(TokenStatistics.class.getName());

    private final String application;
    private final TokenCounters counters;
    private final VerifiedTokenCache cache;
    private final IntSupplier memoryCopies;

    /**
     * @param application  the web application's context path ({@code ""} for the root), not null
     * @param counters     its counters, not null
     * @param cache        its verified-token cache, not null
     * @param memoryCopies the number of sessions whose memory the library keeps a copy of now, not null
     */
    public TokenStatistics(String application, TokenCounters counters, VerifiedTokenCache cache,
                           IntSupplier memoryCopies) {
        this.application = application.isEmpty() ? "/" : application;
        this.counters = Objects.requireNonNull(counters, "counters");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.memoryCopies = Objects.requireNonNull(memoryCopies, "memoryCopies");
    }

    /** The name this MXBean is registered under: {@code dev.sessionjwt:type=TokenStatistics,context=<path>}. */
    public ObjectName objectName() {
        String value = needsQuotes(application) ? ObjectName.quote(application) : application;
        try {
            return new ObjectName(DOMAIN + ":type=TokenStatistics,context=" + value);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException("no JMX name for the context path " + application, e);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (",=:\"*?\\\n".indexOf(value.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long getTokensVerified() {
        return counters.tokensVerified();
    }

    @Override
    public long getTokensRecognized() {
        return counters.tokensRecognized();
    }

    @Override
    public long getCacheHits() {
        return counters.cacheHits();
    }

    @Override
    public long getCacheMisses() {
        return counters.cacheMisses();
    }

    @Override
    public long getTokensIssued() {
        return counters.tokensIssued();
    }

    @Override
    public long getTokensRejected() {
        return counters.tokensRejected();
    }

    @Override
    public Map<String, Long> getRejectedByReason() {
        Map<String, Long> byName = new LinkedHashMap<>();
        for (Map.Entry<TokenRejection, Long> entry : counters.rejectedByReason().entrySet()) {
            byName.put(entry.getKey().name(), entry.getValue());
        }
        return byName;
    }

    @Override
    public int getCacheSize() {
        return cache.size();
    }

    @Override
    public int getCacheCapacity() {
        return cache.capacity();
    }

    @Override
    public int getSessionMemoryCopies() {
        return memoryCopies.getAsInt();
    }

    @Override
    public void logCounts() {
        Message.TOKEN_COUNTS.log(LOG, application, counters.summary(), Integer.toString(cache.size()),
                Integer.toString(cache.capacity()));
    }
}
