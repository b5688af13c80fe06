package dev.sessionjwt.it.glassfish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The managed GlassFish 8 server that Arquillian's GlassFish container started with {@code asadmin start-domain}
 * (system property {@code glassfish8.home}, domain {@code domain1}): its process, found by the pid file the domain
 * writes (asadmin starts the server detached, so it is no descendant of the test JVM), and its JMX connector on
 * 127.0.0.1 (system property {@code it.glassfish8.jmx.port}).
 */
public final class GlassFishServer {

    /** The one JMX connection of this JVM, opened on first use. */
    private static MBeanServerConnection jmx;

    private GlassFishServer() {
    }

    /**
     * @return the running server's process, named by {@code glassfish/domains/domain1/config/pid}
     * @throws IllegalStateException when the pid file is missing or names no live process
     */
    public static ProcessHandle process() {
        Path pidFile = Path.of(System.getProperty("glassfish8.home"), "glassfish", "domains", "domain1", "config", "pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .orElseThrow(() -> new IllegalStateException("No live GlassFish process " + pid + " (" + pidFile + ")"));
        } catch (IOException e) {
            throw new IllegalStateException("No pid file of a running GlassFish domain: " + pidFile, e);
        }
    }

    /**
     * GlassFish's system JMX connector (RMI, {@code security-enabled="false"}), authenticated as the domain's
     * {@code admin} user, whose password is empty in the shipped domain1.
     */
    public static synchronized MBeanServerConnection mbeanServer() {
        if (jmx == null) {
            Map<String, Object> environment = new HashMap<>();
            environment.put(JMXConnector.CREDENTIALS, new String[] {"admin", ""});
            try {
                jmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:"
                        + Integer.getInteger("it.glassfish8.jmx.port") + "/jmxrmi"), environment)
                        .getMBeanServerConnection();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jmx;
    }
}
