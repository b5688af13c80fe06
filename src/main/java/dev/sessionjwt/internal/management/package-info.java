/**
 * The implementation of the JMX statistics ({@link dev.sessionjwt.internal.management.TokenStatistics}, the
 * supported {@link dev.sessionjwt.management.TokenStatisticsMXBean}) and its registration per web application
 * ({@link dev.sessionjwt.internal.management.StatisticsRegistration}), with a log line on demand or at undeployment.
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.management;
