package dev.sessionjwt.it.tomcat;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.List;

import dev.sessionjwt.it.cluster.ListeningSockets;

/** The sockets of the test JVM that runs Tomcat embedded: every one on loopback. */
public final class TomcatSockets {

    private TomcatSockets() {
    }

    /** Every listening socket of this JVM (which runs Tomcat) is on loopback, Tomcat's HTTP port among them. */
    public static void assertLoopbackOnly(URL deployment) {
        List<String> sockets = ListeningSockets.ofProcess(ProcessHandle.current().pid());
        List<String> beyondLoopback = sockets.stream().filter(socket -> !isLoopback(socket)).toList();

        assertThat("all sockets: " + sockets, beyondLoopback, is(empty()));
        int port = Integer.getInteger("it.server.http.port");
        // Java opens an IPv6 socket bound to ::ffff:127.0.0.1 where the system has IPv6: the tcp6 table lists it
        assertThat(sockets, hasItem(anyOf(equalTo("tcp 127.0.0.1:" + port), equalTo("tcp6 127.0.0.1:" + port))));
        assertThat(deployment.getPort(), equalTo(Integer.getInteger("it.server.http.port")));
    }

    /** "tcp 127.0.0.1:8080" or "tcp6 ::1:8080": the address between the table name and the last colon. */
    private static boolean isLoopback(String socket) {
        String address = socket.substring(socket.indexOf(' ') + 1, socket.lastIndexOf(':'));
        return address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1");
    }
}
