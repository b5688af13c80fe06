package dev.sessionjwt.it.liberty11;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Runs the managed Liberty on the test JVM's own JDK: before Arquillian starts the server, writes
 * {@code JAVA_HOME=<java.home>} into the server's {@code server.env}. The Liberty adapter starts {@code bin/server}, which
 * runs on {@code JAVA_HOME} (else the {@code java} on the path), and the JDK >= 21 that the toolchain execution
 * {@code ee11-jdk} selected for the test JVM is known only here, not in the pom; {@code bin/server} reads
 * {@code server.env} after the environment and exports what it sets (Liberty 26.0.0.5, {@code bin/server},
 * {@code readServerEnv "${SERVER_CONFIG_DIR}/server.env"}).
 */
public final class ServerJavaHome implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ServerJavaHome.class);
    }

    /**
     * Writes the server's server.env.
     *
     * @param event the container about to start (not null)
     */
    public void write(@Observes BeforeStart event) {
        Path env = Path.of(System.getProperty("liberty.home"), "usr", "servers", System.getProperty("liberty.server"),
                "server.env");
        try {
            Files.writeString(env, "JAVA_HOME=" + System.getProperty("java.home") + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
