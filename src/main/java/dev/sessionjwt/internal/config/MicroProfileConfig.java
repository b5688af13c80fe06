package dev.sessionjwt.internal.config;

import java.util.ServiceConfigurationError;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.message.ServerAdvice;

/**
 * Reaches MicroProfile Config, or fails with {@code SJWT0025} naming what to add. A Jakarta EE server with MicroProfile
 * brings it; a plain servlet container (Tomcat) or embedded GlassFish does not, and there the application must carry
 * the API and an implementation in {@code WEB-INF/lib}. Without this check the deployment would fail with a bare
 * {@code NoClassDefFoundError} or "No ConfigProviderResolver implementation found".
 *
 * <pre>
 * Config config = MicroProfileConfig.of(context.getClassLoader());
 * </pre>
 */
public final class MicroProfileConfig {

    private MicroProfileConfig() {
    }

    /**
     * @param loader the application's class loader, whose configuration is read
     * @return the application's configuration
     * @throws IllegalStateException ({@code SJWT0025}) when the MicroProfile Config API or an implementation is missing
     */
    public static Config of(ClassLoader loader) {
        requireImplementation(loader);
        return ConfigProviderResolver.instance().getConfig(loader);
    }

    /**
     * Checks that the MicroProfile Config API and an implementation are there, for the thread's context class loader.
     *
     * @throws IllegalStateException ({@code SJWT0025}) when the API or an implementation is missing
     */
    public static void requireImplementation() {
        requireImplementation(Thread.currentThread().getContextClassLoader());
    }

    /**
     * Checks that the MicroProfile Config API and an implementation are there; its signature names no MicroProfile
     * type, so a caller links even where the API is missing. The message says what the server the application runs
     * on needs ({@link ServerAdvice#ofClassLoader}): on Liberty a feature, on Tomcat jars in {@code WEB-INF/lib}.
     *
     * @param loader the application's class loader, or null
     * @throws IllegalStateException ({@code SJWT0025}) when the API or an implementation is missing
     */
    public static void requireImplementation(ClassLoader loader) {
        try {
            ConfigProviderResolver.instance();
        } catch (LinkageError | IllegalStateException | ServiceConfigurationError e) {
            throw new IllegalStateException(Message.NO_MICROPROFILE_CONFIG.format(e,
                    ServerAdvice.ofClassLoader(loader).microProfileConfig()), e);
        }
    }
}
