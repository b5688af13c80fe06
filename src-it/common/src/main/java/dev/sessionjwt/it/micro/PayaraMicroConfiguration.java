package dev.sessionjwt.it.micro;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * Configuration of {@link PayaraMicroContainer} (arquillian.xml): payara-micro.jar, the working directory, the loopback
 * ports (HTTP, HTTPS, JMX, Hazelcast) and the server JVM's options. The server runs on this JVM's own java.
 */
public final class PayaraMicroConfiguration implements ContainerConfiguration {

    private String payaraMicroJar;
    private String baseDir = "target/payara-micro";
    private int httpPort;
    private int httpsPort;
    private int jmxPort;
    private int hazelcastPort;
    private String javaVmArguments = "-Xmx768m";
    private int startupTimeoutInSeconds = 240;

    @Override
    public void validate() throws ConfigurationException {
        if (payaraMicroJar == null || payaraMicroJar.isBlank()) {
            throw new ConfigurationException("payaraMicroJar must name payara-micro.jar");
        }
        for (int port : new int[] {httpPort, httpsPort, jmxPort, hazelcastPort}) {
            if (port <= 0) {
                throw new ConfigurationException("httpPort, httpsPort, jmxPort and hazelcastPort must be port numbers");
            }
        }
    }

    /** payara-micro.jar, started with java -jar. */
    public String getPayaraMicroJar() {
        return payaraMicroJar;
    }

    /** Sets payara-micro.jar. */
    public void setPayaraMicroJar(String payaraMicroJar) {
        this.payaraMicroJar = payaraMicroJar;
    }

    /** The working directory (runtime root, WARs, log), emptied at start. */
    public String getBaseDir() {
        return baseDir;
    }

    /** Sets the working directory. */
    public void setBaseDir(String baseDir) {
        this.baseDir = baseDir;
    }

    /** The HTTP port on 127.0.0.1. */
    public int getHttpPort() {
        return httpPort;
    }

    /** Sets the HTTP port. */
    public void setHttpPort(int httpPort) {
        this.httpPort = httpPort;
    }

    /** The (disabled) HTTPS listener's port, bound to 127.0.0.1 all the same. */
    public int getHttpsPort() {
        return httpsPort;
    }

    /** Sets the HTTPS port. */
    public void setHttpsPort(int httpsPort) {
        this.httpsPort = httpsPort;
    }

    /**
     * The JMX port on 127.0.0.1 (registry and connector), where the library's statistics are read; 0 for no JMX (the demo
     * and the benchmark, which set up the server without Arquillian, whose {@link #validate} requires one).
     */
    public int getJmxPort() {
        return jmxPort;
    }

    /** Sets the JMX port. */
    public void setJmxPort(int jmxPort) {
        this.jmxPort = jmxPort;
    }

    /** Hazelcast's port on 127.0.0.1; the member list is this member alone. */
    public int getHazelcastPort() {
        return hazelcastPort;
    }

    /** Sets Hazelcast's port. */
    public void setHazelcastPort(int hazelcastPort) {
        this.hazelcastPort = hazelcastPort;
    }

    /** Options of the server JVM, space-separated. */
    public String getJavaVmArguments() {
        return javaVmArguments;
    }

    /** Sets the options of the server JVM. */
    public void setJavaVmArguments(String javaVmArguments) {
        this.javaVmArguments = javaVmArguments;
    }

    /** How long the server may take to answer at start. */
    public int getStartupTimeoutInSeconds() {
        return startupTimeoutInSeconds;
    }

    /** Sets the start-up time-out. */
    public void setStartupTimeoutInSeconds(int startupTimeoutInSeconds) {
        this.startupTimeoutInSeconds = startupTimeoutInSeconds;
    }
}
