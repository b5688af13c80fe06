/**
 * Integration tests on a two-node Payara Micro cluster (Hazelcast session replication), run by failsafe's
 * {@code cluster} execution only: its test JVM runs in a network namespace holding only {@code lo}
 * (src-it/cluster/bin/java-loopback-only), and the nodes are child processes of it, so nothing leaves loopback.
 */
package dev.sessionjwt.it.cluster;
