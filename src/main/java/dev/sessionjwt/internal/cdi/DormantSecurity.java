package dev.sessionjwt.internal.cdi;

import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * {@link SecuritySupport} without Jakarta Security on the class path: installs nothing and says so once per
 * deployment ({@code SJWT0024}, naming what to add to enable logins through the library).
 */
final class DormantSecurity implements SecuritySupport {

    private static final Logger LOG = Logger.getLogger(SessionJwtExtension.class.getName());

    @Override
    public void registerBeans(BeforeBeanDiscovery discovery, BeanManager beans) {
        // no login interceptor: it intercepts Jakarta Security mechanisms, of which there are none
    }

    @Override
    public void inspect(ProcessAnnotatedType<?> type) {
        // nothing to find
    }

    @Override
    public void installMechanism(AfterTypeDiscovery discovery, BeanManager beans, BooleanSupplier mechanismWanted) {
        Message.SECURITY_DORMANT.log(LOG);
    }
}
