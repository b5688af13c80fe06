/**
 * What the library counts, readable without any extra dependency: a standard JMX MXBean per web application
 * ({@link dev.sessionjwt.management.TokenStatisticsMXBean}) in the platform MBean server, and a log line on
 * demand or at undeployment.
 */
package dev.sessionjwt.management;
