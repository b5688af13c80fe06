package dev.sessionjwt.cdi;

import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * {@link SecuritySupport} without Jakarta Security on the class path: installs nothing and says so once per
 * deployment ({@value #ID}, naming what to add to enable logins through the library).
 */
final class DormantSecurity implements SecuritySupport {

    /** The message id of the one log line. */
    static final String ID = "SJWT0024";

    /** The line logged at deployment. */
    static final String MESSAGE = ID + ": Jakarta Security (jakarta.security.enterprise) is not on the application's"
            + " class path, so session-jwt's authentication pieces stay dormant: no authentication mechanism of its"
            + " own, no login detection inside Jakarta Security mechanisms, no groups from SecurityContext. The session"
            + " cookie binding, claims, keys and the JWK set work as usual, and a caller the container itself"
            + " authenticates still gets sub and upn. To sign users in through Jakarta Security, add an implementation"
            + " to WEB-INF/lib, for example org.glassfish.soteria:jakarta.security.enterprise:3.0.3 (Soteria, with"
            + " jakarta.security.enterprise-api)";

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
        LOG.log(Level.INFO, MESSAGE);
    }
}
