package dev.sessionjwt.config;

import java.util.ServiceConfigurationError;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/**
 * Reaches MicroProfile Config, or fails with {@value #ID} naming what to add. A Jakarta EE server with MicroProfile
 * brings it; a plain servlet container (Tomcat) or embedded GlassFish does not, and there the application must carry
 * the API and an implementation in {@code WEB-INF/lib}. Without this check the deployment would fail with a bare
 * {@code NoClassDefFoundError} or "No ConfigProviderResolver implementation found".
 *
 * <pre>
 * Config config = MicroProfileConfig.of(context.getClassLoader());
 * </pre>
 */
public final class MicroProfileConfig {

    /** The message id of the failure. */
    public static final String ID = "SJWT0025";

    /** What the failure says (the cause follows it). */
    public static final String MESSAGE = ID + ": session-jwt reads its settings through MicroProfile Config, and this"
            + " application has no implementation of it. On a server without MicroProfile (Tomcat, embedded GlassFish)"
            + " add the API and an implementation to WEB-INF/lib, for example"
            + " org.eclipse.microprofile.config:microprofile-config-api:3.1 and io.smallrye.config:smallrye-config:3.9.1"
            + " (with its dependencies); then set session-jwt.key in META-INF/microprofile-config.properties";

    private MicroProfileConfig() {
    }

    /**
     * @param loader the application's class loader, whose configuration is read
     * @return the application's configuration
     * @throws IllegalStateException ({@value #ID}) when the MicroProfile Config API or an implementation is missing
     */
    public static Config of(ClassLoader loader) {
        requireImplementation();
        return ConfigProviderResolver.instance().getConfig(loader);
    }

    /**
     * Checks that the MicroProfile Config API and an implementation are there; its signature names no MicroProfile
     * type, so a caller links even where the API is missing.
     *
     * @throws IllegalStateException ({@value #ID}) when the API or an implementation is missing
     */
    public static void requireImplementation() {
        try {
            ConfigProviderResolver.instance();
        } catch (LinkageError | IllegalStateException | ServiceConfigurationError e) {
            throw new IllegalStateException(MESSAGE + " (" + e + ")", e);
        }
    }
}
