/**
 * What the library counts, readable without any extra dependency: a standard JMX MXBean per web application
 * ({@link dev.sessionjwt.management.TokenStatisticsMXBean}) in the platform MBean server. Its implementation and
 * registration are internal ({@code dev.sessionjwt.internal.management}).
 *
 * <p>Supported API: {@link dev.sessionjwt.management.TokenStatisticsMXBean}, the JMX interface and the only public
 * type here.
 */
package dev.sessionjwt.management;
