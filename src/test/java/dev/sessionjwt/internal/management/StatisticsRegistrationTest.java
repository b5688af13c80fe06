package dev.sessionjwt.internal.management;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.lang.management.ManagementFactory;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/** Unit tests of {@link StatisticsRegistration}: the MXBean is readable over JMX while the application runs. */
class StatisticsRegistrationTest {

    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    @Test
    void statisticsAreReadableInThePlatformServerUntilTheApplicationStops() throws Exception {
        TokenCounters counters = new TokenCounters();
        TokenStatistics statistics =
                new TokenStatistics("/registration-test", counters, new VerifiedTokenCache(16), () -> 0);
        StatisticsRegistration registration = new StatisticsRegistration(statistics);
        ObjectName name = statistics.objectName();

        registration.contextInitialized(null);
        try {
            counters.cacheHit();
            counters.rejected(TokenRejection.BAD_SIGNATURE);

            assertThat(SERVER.getAttribute(name, "CacheHits"), is(1L));
            assertThat(SERVER.getAttribute(name, "CacheCapacity"), is(16));
            TabularData byReason = (TabularData) SERVER.getAttribute(name, "RejectedByReason");
            CompositeData badSignature = byReason.get(new Object[] {"BAD_SIGNATURE"});
            assertThat(badSignature.get("value"), is(1L));
            SERVER.invoke(name, "logCounts", new Object[0], new String[0]);
        } finally {
            registration.contextDestroyed(null);
        }

        assertThat(SERVER.isRegistered(name), is(false));
    }

    @Test
    void aNameAlreadyTakenDoesNotStopTheApplication() {
        TokenStatistics first = new TokenStatistics("/taken", new TokenCounters(), new VerifiedTokenCache(0), () -> 0);
        TokenStatistics second = new TokenStatistics("/taken", new TokenCounters(), new VerifiedTokenCache(0), () -> 0);
        StatisticsRegistration owner = new StatisticsRegistration(first);
        StatisticsRegistration latecomer = new StatisticsRegistration(second);

        owner.contextInitialized(null);
        try {
            latecomer.contextInitialized(null);
            latecomer.contextDestroyed(null);

            assertThat(SERVER.isRegistered(first.objectName()), is(true));
        } finally {
            owner.contextDestroyed(null);
        }
        assertThat(SERVER.isRegistered(first.objectName()), is(false));
    }
}
