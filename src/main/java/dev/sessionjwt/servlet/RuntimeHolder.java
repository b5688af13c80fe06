package dev.sessionjwt.servlet;

import java.time.Clock;

import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.VerifiedTokenCache;
import jakarta.servlet.ServletContext;

/**
 * Builds the {@link SessionJwtRuntime} of one web application on first use and keeps it, with the
 * counters and the verified-token cache that exist from deployment on.
 */
final class RuntimeHolder {

    private final ServletContext context;
    private final SessionJwtSettings settings;
    private final ContainerAdapter adapter;
    private final RetiredSessionIds retired;
    private final TokenCounters counters = new TokenCounters();
    private final VerifiedTokenCache cache;
    private volatile SessionJwtRuntime runtime;

    /**
     * @param retired the cluster-wide retired session ids of a distributable application, or null on a single node
     */
    RuntimeHolder(ServletContext context, SessionJwtSettings settings, ContainerAdapter adapter,
                  RetiredSessionIds retired) {
        this.context = context;
        this.settings = settings;
        this.adapter = adapter;
        this.retired = retired;
        this.cache = new VerifiedTokenCache(settings.cacheSize());
    }

    ServletContext context() {
        return context;
    }

    /** The container adapter, known from deployment on (also when the runtime cannot be built). */
    ContainerAdapter adapter() {
        return adapter;
    }

    TokenCounters counters() {
        return counters;
    }

    VerifiedTokenCache cache() {
        return cache;
    }

    SessionJwtRuntime get() {
        SessionJwtRuntime current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = SessionJwtRuntime.build(context, settings, adapter, retired, Clock.systemUTC(), cache,
                            counters);
                    runtime = current;
                }
            }
        }
        return current;
    }
}
