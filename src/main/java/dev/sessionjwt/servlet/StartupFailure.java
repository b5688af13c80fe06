package dev.sessionjwt.servlet;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Fails the start of an application whose session-jwt set-up failed, on servers that go on after a
 * {@code ServletContainerInitializer} threw. Open Liberty only logs such an exception as a warning
 * ({@code CWWWC0001W}) and starts the application anyway, without the library (and so with its own session
 * cookie); an exception from a context listener's {@code contextInitialized} does stop the start there (Liberty's
 * {@code stopappstartuponlistenerexception}, on by default). Payara, GlassFish and WildFly already fail the
 * deployment on the initializer's exception and never call this listener.
 */
final class StartupFailure implements ServletContextListener {

    private final String message;

    /**
     * @param message the message the initializer failed with (it carries its {@code SJWT} id), not null
     */
    StartupFailure(String message) {
        this.message = message;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        throw new IllegalStateException(message);
    }
}
