package dev.sessionjwt.it.tomcat;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/** Configuration of {@link LoopbackTomcatContainer}: the HTTP port on 127.0.0.1 and Tomcat's base directory. */
public final class LoopbackTomcatConfiguration implements ContainerConfiguration {

    private int bindHttpPort = Integer.getInteger("it.server.http.port", 18880);
    private String baseDir = "target/tomcat-base";

    @Override
    public void validate() throws ConfigurationException {
        if (bindHttpPort <= 0) {
            throw new ConfigurationException("bindHttpPort must be a port number, not " + bindHttpPort);
        }
    }

    /** The HTTP port, on 127.0.0.1. */
    public int getBindHttpPort() {
        return bindHttpPort;
    }

    /** Sets the HTTP port, on 127.0.0.1. */
    public void setBindHttpPort(int bindHttpPort) {
        this.bindHttpPort = bindHttpPort;
    }

    /** Tomcat's base directory (work files, expanded WARs), relative to the project directory. */
    public String getBaseDir() {
        return baseDir;
    }

    /** Sets Tomcat's base directory. */
    public void setBaseDir(String baseDir) {
        this.baseDir = baseDir;
    }
}
