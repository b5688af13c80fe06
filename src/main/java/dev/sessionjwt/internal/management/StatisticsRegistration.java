package dev.sessionjwt.internal.management;

import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.sessionjwt.internal.message.Message;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Keeps a web application's {@link TokenStatistics} in the platform MBean server while the application
 * runs, and logs its counts once when it stops. JMX trouble never stops the application: it is logged
 * ({@code SJWT0062}) and the statistics are then only in the log.
 *
 * <pre>
 * context.addListener(new StatisticsRegistration(new TokenStatistics(path, counters, cache, copies)));
 * </pre>
 */
public final class StatisticsRegistration implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StatisticsRegistration.class.getName());

    private final TokenStatistics statistics;
    private final ObjectName name;
    private volatile boolean registered;

    /**
     * @param statistics the application's statistics, not null
     */
    public StatisticsRegistration(TokenStatistics statistics) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.name = statistics.objectName();
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        try {
            ManagementFactory.getPlatformMBeanServer().registerMBean(statistics, name);
            registered = true;
        } catch (JMException | RuntimeException e) {
            Message.STATISTICS_NOT_REGISTERED.log(LOG, e, "register", name, e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        statistics.logCounts();
        if (!registered) {
            return;
        }
        registered = false;
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            server.unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            LOG.log(Level.FINE, "statistics MBean {0} was already unregistered", name);
        } catch (JMException | RuntimeException e) {
            Message.STATISTICS_NOT_REGISTERED.log(LOG, e, "unregister", name, e);
        }
    }
}
