package dev.sessionjwt.it.cluster;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Guards the cluster tests' network rule: the JVM must see the loopback interface {@code lo}, up, and no other,
 * as in the network namespace made by src-it/cluster/bin/java-loopback-only. Call {@link #require()} before any node
 * starts; there is no fallback to the host network.
 */
public final class LoopbackOnlyNetwork {

    private LoopbackOnlyNetwork() {
    }

    /** Returns normally only when {@code lo} (up) is the only network interface; throws AssertionError otherwise. */
    public static void require() {
        List<NetworkInterface> interfaces = interfaces();
        boolean onlyLoopbackUp = interfaces.size() == 1 && "lo".equals(interfaces.get(0).getName())
                && isLoopbackAndUp(interfaces.get(0));
        if (!onlyLoopbackUp) {
            throw new AssertionError("The cluster tests must run in a loopback-only network namespace (made by"
                    + " src-it/cluster/bin/java-loopback-only, failsafe's 'cluster' execution), but this JVM sees the"
                    + " interfaces " + describe(interfaces) + "; refusing to start Payara Micro nodes");
        }
    }

    private static List<NetworkInterface> interfaces() {
        try {
            return NetworkInterface.networkInterfaces().toList();
        } catch (SocketException e) {
            throw new AssertionError("Cannot list the network interfaces, so cannot prove the network is"
                    + " loopback-only: " + e, e);
        }
    }

    private static boolean isLoopbackAndUp(NetworkInterface nic) {
        try {
            return nic.isLoopback() && nic.isUp();
        } catch (SocketException e) {
            return false;
        }
    }

    private static String describe(List<NetworkInterface> interfaces) {
        return interfaces.stream()
                .map(nic -> nic.getName() + (isLoopbackAndUp(nic) ? " (loopback, up)" : ""))
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
