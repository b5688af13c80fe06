package dev.sessionjwt.servlet;

import java.time.Clock;

import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.internal.config.SigningSettings;
import dev.sessionjwt.internal.logout.BackchannelLogout;
import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.cluster.ClusterEndedSessionsLog;
import dev.sessionjwt.internal.token.discovery.EndedSessions;
import dev.sessionjwt.internal.token.discovery.EndedSessionsLog;
import dev.sessionjwt.internal.token.VerifiedTokenCache;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/**
 * Builds the {@link SessionJwtRuntime} of one web application on first use and keeps it, with the
 * counters, the verified-token cache, the copy of the sessions' memory, the log of ended sessions and the
 * back-channel logout sender that exist from deployment on (the sender stops with the application).
 */
final class RuntimeHolder implements ServletContextListener {

    /** Ended sessions remembered at most per application (about 100 bytes each). */
    static final int ENDED_SESSIONS_MAX_ENTRIES = 2_000_000;
    /** Ended sessions remembered at most per distributable application, in the cluster's store on every node. */
    static final int CLUSTER_ENDED_SESSIONS_MAX_ENTRIES = 500_000;
    /** Back-channel logout deliveries waiting at most per application. */
    static final int LOGOUT_MAX_PENDING = 10_000;

    private final ServletContext context;
    private final SessionJwtSettings settings;
    private final ContainerAdapter adapter;
    private final RetiredSessionIds retired;
    private final TokenCounters counters = new TokenCounters();
    private final VerifiedTokenCache cache;
    private final SessionMemoIndex memos;
    private final EndedSessions endedSessions;
    private final BackchannelLogout logout;
    private volatile SessionJwtRuntime runtime;

    /**
     * @param retired    the cluster-wide retired session ids of a distributable application, or null on a single node
     * @param endedStore the cluster-wide store of a distributable application's ended-sessions feed, or null (on a
     *                   single node, or where the feed is off)
     */
    RuntimeHolder(ServletContext context, SessionJwtSettings settings, ContainerAdapter adapter,
                  RetiredSessionIds retired, ClusterStrings endedStore) {
        this.context = context;
        this.settings = settings;
        this.adapter = adapter;
        this.retired = retired;
        this.cache = new VerifiedTokenCache(settings.cacheSize());
        this.memos = adapter.peeks() ? null : new SessionMemoIndex(SessionMemoIndex.MAX_ENTRIES);
        this.endedSessions = settings.signing().endedSessions().path().isEmpty() ? null
                : retired == null ? new EndedSessionsLog(Clock.systemUTC(), ENDED_SESSIONS_MAX_ENTRIES)
                : endedStore == null ? null
                : new ClusterEndedSessionsLog(endedStore, Clock.systemUTC(), CLUSTER_ENDED_SESSIONS_MAX_ENTRIES);
        SigningSettings signing = settings.signing();
        this.logout = signing.logoutReceivers().isEmpty() ? null : new BackchannelLogout(signing.logoutReceivers(),
                signing.keys().current(), signing.parties().issuer().orElseThrow(), Clock.systemUTC(),
                BackchannelLogout.Retry.DEFAULT, LOGOUT_MAX_PENDING);
    }

    /** The sender of back-channel logout tokens, or null when no receiver is configured. */
    BackchannelLogout logout() {
        return logout;
    }

    /** Stops the back-channel logout sender with the application. */
    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (logout != null) {
            logout.close();
        }
    }

    /**
     * The sessions that ended while their tokens could still be valid, for the ended-sessions feed (on a
     * distributable application the cluster's, the same on every node); null when the feed is not published
     * (switched off, or an HMAC secret).
     */
    EndedSessions endedSessions() {
        return endedSessions;
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

    /**
     * The library's copy of the sessions' memory, for an adapter that cannot peek at sessions; null where it can
     * (the memory is then read from the session itself). It must be registered as a listener of the context.
     */
    SessionMemoIndex memos() {
        return memos;
    }

    SessionJwtRuntime get() {
        SessionJwtRuntime current = runtime;
        if (current == null) {
            synchronized (this) {
                current = runtime;
                if (current == null) {
                    current = SessionJwtRuntime.build(context, settings, adapter, retired, Clock.systemUTC(), cache,
                            counters, memos);
                    runtime = current;
                }
            }
        }
        return current;
    }
}
