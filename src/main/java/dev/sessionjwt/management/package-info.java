/**
 * What the library counts, readable without any extra dependency: a standard JMX MXBean per web application
 * ({@link dev.sessionjwt.management.TokenStatisticsMXBean}) in the platform MBean server, and a log line on
 * demand or at undeployment.
 *
 * <p>Supported API: {@link dev.sessionjwt.management.TokenStatisticsMXBean}, the JMX interface. The other public types
 * are public only because other packages of the library use them: not part of the supported API.
 */
package dev.sessionjwt.management;
