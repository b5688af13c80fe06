package dev.sessionjwt.servlet;

import java.time.Clock;

import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.container.ContainerAdapter;
import jakarta.servlet.ServletContext;

/**
 * Builds the {@link SessionJwtRuntime} of one web application on first use and keeps it.
 */
final class RuntimeHolder {

    private final ServletContext context;
    private final SessionJwtSettings settings;
    private final ContainerAdapter adapter;
    private volatile SessionJwtRuntime runtime;

    RuntimeHolder(ServletContext context, SessionJwtSettings settings, ContainerAdapter adapter) {
        this.context = context;
        this.settings = settings;
        this.adapter = adapter;
    }

    ServletContext context() {
        return context;
    }

    SessionJwtRuntime get() {
        SessionJwtRuntime current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = SessionJwtRuntime.build(context, settings, adapter, Clock.systemUTC());
                    runtime = current;
                }
            }
        }
        return current;
    }
}
