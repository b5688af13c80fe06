package dev.sessionjwt.it.smoke;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Fails its deployment on purpose, so the smoke test can prove LogCapture sees deployment failures. */
@WebListener
public class FailingListener implements ServletContextListener {

    /** The message the failure carries. */
    public static final String MESSAGE = "smoke test: deployment refused on purpose";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        throw new IllegalStateException(MESSAGE);
    }
}
