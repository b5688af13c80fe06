package dev.sessionjwt.internal.container.liberty;

import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.internal.container.WeldSessionRefresh;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;

/**
 * Finds Weld's session holder on Liberty. Liberty runs Weld in its own bundle and exports none of Weld's
 * implementation packages to applications, so the application's class loader cannot see
 * {@code org.jboss.weld.module.web.servlet.SessionHolder}; the class loader of the application's
 * {@code BeanManager} (Weld's bundle) can.
 */
final class LibertyWeld {

    private static final Logger LOG = Logger.getLogger(LibertyWeld.class.getName());

    private LibertyWeld() {
    }

    /**
     * @param context the web application's context, during deployment
     * @return the refresh through the application's loader, else through Weld's bundle; inactive if neither has it
     */
    static WeldSessionRefresh sessionRefresh(ServletContext context) {
        WeldSessionRefresh refresh = WeldSessionRefresh.forClassLoader(context.getClassLoader());
        if (refresh.isActive()) {
            LOG.log(Level.FINE, "Weld's SessionHolder is visible to the application's class loader");
            return refresh;
        }
        ClassLoader weld = beanManagerLoader();
        refresh = weld == null ? refresh : WeldSessionRefresh.forClassLoader(weld);
        LOG.log(Level.FINE, "Weld's SessionHolder through the BeanManager's class loader {0}: {1}",
                new Object[] {weld, refresh.isActive() ? "found" : "not found"});
        return refresh;
    }

    private static ClassLoader beanManagerLoader() {
        try {
            return CDI.current().getBeanManager().getClass().getClassLoader();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "no CDI container for the application", e);
            return null;
        }
    }
}
