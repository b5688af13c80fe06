package dev.sessionjwt.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The sockets of this JVM's network namespace that accept traffic on a non-loopback address: listening TCP
 * sockets and bound UDP sockets, read from Linux's /proc/net tables. In the loopback-only namespace none could be
 * reached anyway; an empty list also proves the nodes' own configuration binds to 127.0.0.1 only.
 */
public final class ListeningSockets {

    private static final String TCP_LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Each non-loopback listening socket as "tcp6 0.0.0.0:6900" (table, address, port); empty when none. */
    public static List<String> nonLoopback() {
        return sockets(null, false);
    }

    /**
     * As {@link #nonLoopback()}, for the sockets one process holds open only (its {@code /proc/<pid>/fd} entries
     * {@code socket:[inode]}): in a network namespace shared with other programs, the server's own sockets.
     *
     * @param pid the process, such as {@code ProcessHandle.current().pid()} for a server embedded in this JVM
     */
    public static List<String> nonLoopbackOf(long pid) {
        return sockets(inodesOf(pid), false);
    }

    /**
     * Every listening socket one process holds, loopback or not, in the same form.
     *
     * @param pid the process
     */
    public static List<String> listeningOf(long pid) {
        return sockets(inodesOf(pid), true);
    }

    private static Set<String> inodesOf(long pid) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    /** The listening sockets whose inode is in {@code inodes} (all when null), with loopback ones or not. */
    private static List<String> sockets(Set<String> inodes, boolean withLoopback) {
        List<String> found = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            for (String line : lines(Path.of("/proc/net", table))) {
                String[] fields = line.trim().split("\\s+");
                boolean listening = table.startsWith("udp") || TCP_LISTEN.equals(fields[3]);
                String[] local = fields[1].split(":");
                InetAddress address = address(local[0]);
                boolean selected = inodes == null || inodes.contains(fields[9]);
                if (selected && listening && (withLoopback || !address.isLoopbackAddress())) {
                    found.add(table + " " + address.getHostAddress() + ":" + Integer.parseInt(local[1], 16));
                }
            }
        }
        return found;
    }

    /**
     * Every socket one process holds that accepts traffic (a managed server in its own JVM, for example), as
     * "tcp 127.0.0.1:8080"; the same as {@link #listeningOf(long)}. Reading another process's files needs the same
     * user (or root).
     *
     * @param pid the process, alive
     * @return the sockets, in table order; empty when it holds none
     */
    public static List<String> ofProcess(long pid) {
        return listeningOf(pid);
    }

    private static List<String> lines(Path table) {
        if (!Files.exists(table)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(table);
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel prints an address as 32-bit words in host byte order: undo that per word. */
    private static InetAddress address(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            for (int word = 0; word < bytes.length; word += 4) {
                reverse(bytes, word, word + 3);
            }
        }
        try {
            // an IPv4-mapped IPv6 address (::ffff:127.0.0.1) comes back as the Inet4Address
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(hex, e);
        }
    }

    private static void reverse(byte[] bytes, int from, int to) {
        for (int i = from, j = to; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
    }
}
