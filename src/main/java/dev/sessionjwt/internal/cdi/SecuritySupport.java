package dev.sessionjwt.internal.cdi;

import java.util.function.BooleanSupplier;

import dev.sessionjwt.internal.container.JakartaSecurity;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * The Jakarta Security part of {@link SessionJwtExtension}, behind an interface that names no Jakarta Security type,
 * so that the extension loads and its observers can be read by the CDI container where the application has no Jakarta
 * Security (Tomcat with Weld). {@link #detect} chooses: {@link JakartaSecuritySupport} when the library's class loader
 * sees Jakarta Security, else {@link DormantSecurity}.
 */
interface SecuritySupport {

    /**
     * @param loader the class loader that loaded the library
     * @return the support that fits the class path
     */
    static SecuritySupport detect(ClassLoader loader) {
        return JakartaSecurity.isAvailable(loader) ? new JakartaSecuritySupport() : new DormantSecurity();
    }

    /** Adds the beans of the security part (the login interceptor), at the start of bean discovery. */
    void registerBeans(BeforeBeanDiscovery discovery, BeanManager beans);

    /** Looks at one discovered type: the application's mechanisms, mechanism definitions and identity stores. */
    void inspect(ProcessAnnotatedType<?> type);

    /**
     * After type discovery: installs the library's mechanism where the application has identity stores and no
     * mechanism, and logs what it decided.
     *
     * @param mechanismWanted whether {@code session-jwt.mechanism} allows installing it (read only if needed)
     */
    void installMechanism(AfterTypeDiscovery discovery, BeanManager beans, BooleanSupplier mechanismWanted);
}
