package dev.sessionjwt.it.liberty.agent;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * Binds every RMI server socket of the JVM to the loopback address. The JDK's local JMX connector (which Liberty's
 * {@code localConnector-1.0} starts, and Arquillian's Liberty adapter needs) passes its own server socket factory
 * unless {@code com.sun.management.jmxremote.local.only=false}; with that property the connector falls back to the
 * JVM-wide factory set here. Started with {@code -javaagent:} before Liberty's own code runs.
 */
public final class LoopbackRmiAgent extends RMISocketFactory {

    private LoopbackRmiAgent() {
    }

    /**
     * @param arguments ignored
     * @throws IOException if a JVM-wide RMI socket factory is already set
     */
    public static void premain(String arguments) throws IOException {
        RMISocketFactory.setSocketFactory(new LoopbackRmiAgent());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    }
}
