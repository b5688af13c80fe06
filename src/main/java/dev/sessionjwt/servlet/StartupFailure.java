package dev.sessionjwt.servlet;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Fails the start of an application whose session-jwt set-up failed, from a context listener, where the initializer
 * cannot fail it itself:
 * <ul>
 * <li>on servers that go on after a {@code ServletContainerInitializer} threw: Open Liberty only logs such an
 * exception as a warning ({@code CWWWC0001W}) and starts the application anyway, without the library (and so with its
 * own session cookie); an exception from a context listener's {@code contextInitialized} does stop the start there
 * (Liberty's {@code stopappstartuponlistenerexception}, on by default);</li>
 * <li>where the library's initializer runs before CDI has checked the application's claim producers (Tomcat, whose
 * Weld servlet boots CDI from its own initializer, in jar order): the failure waits until after every initializer, so
 * that its one error also names the producers' problems.</li>
 * </ul>
 * Payara, GlassFish and WildFly fail the deployment on the initializer's exception and never call this listener.
 */
final class StartupFailure implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private final Supplier<RuntimeException> failure;
    private final boolean logged;

    /**
     * @param failure the exception to throw, built when the application would start; its message carries the
     *                {@code SJWT} ids
     * @param logged  whether its message was already logged (by the initializer); if not, it is logged here
     */
    StartupFailure(Supplier<RuntimeException> failure, boolean logged) {
        this.failure = failure;
        this.logged = logged;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        RuntimeException e = failure.get();
        if (!logged) {
            LOG.log(Level.SEVERE, e.getMessage());
        }
        throw e;
    }
}
