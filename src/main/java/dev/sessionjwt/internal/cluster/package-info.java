/**
 * What the library keeps cluster-wide for a {@code <distributable/>} application, on the container's own engine
 * through {@link dev.sessionjwt.container.ClusterStrings}: the retired session ids every node refuses
 * ({@link dev.sessionjwt.internal.cluster.ClusterRetiredSessionIds}) and the ended-sessions feed that is the same on
 * every node ({@link dev.sessionjwt.internal.cluster.ClusterEndedSessionsLog}).
 *
 * <p>Internal: the public types here are public only because other packages of the library use them; they are
 * not part of the supported API and may change in any release.
 */
package dev.sessionjwt.internal.cluster;
