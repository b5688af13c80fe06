package dev.sessionjwt.management;

import java.util.Map;

/**
 * The token counters and cache size of one web application, as a JMX MXBean named
 * {@code dev.sessionjwt:type=TokenStatistics,context=<context path>} in the platform MBean server.
 *
 * <pre>
 * jconsole (in-process), or from code in the same JVM:
 * ManagementFactory.getPlatformMBeanServer().getAttribute(
 *         new ObjectName("dev.sessionjwt:type=TokenStatistics,context=/shop"), "CacheHits");
 * </pre>
 *
 * @since 1.0
 */
public interface TokenStatisticsMXBean {

    /** Cookie values accepted after full verification (each one a signature check). */
    long getTokensVerified();

    /**
     * Cookie values accepted without a signature check because their session remembers that the application
     * issued exactly that token (the usual case for a live session).
     */
    long getTokensRecognized();

    /** Cookie values accepted from the verified-token cache. */
    long getCacheHits();

    /** Cache lookups that led to a full verification (none while the cache is off). */
    long getCacheMisses();

    /** Tokens signed. */
    long getTokensIssued();

    /** Cookie values rejected, whatever the reason. */
    long getTokensRejected();

    /** Cookie values rejected, by reason (the names of {@code TokenRejection}), zeros included. */
    Map<String, Long> getRejectedByReason();

    /** Entries in the verified-token cache now. */
    int getCacheSize();

    /** The most entries the verified-token cache keeps ({@code session-jwt.cache-size}; 0 is off). */
    int getCacheCapacity();

    /**
     * Sessions whose memory of their tokens the library keeps a copy of, outside the session, so that it can recognize
     * their tokens without touching the session: 0 where the server's adapter reads a session untouched (every
     * built-in adapter for an application that is not {@code <distributable/>}).
     */
    int getSessionMemoryCopies();

    /** Writes every counter to the server log in one line ({@code SJWT0061}, INFO). */
    void logCounts();
}
