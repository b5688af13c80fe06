package dev.sessionjwt.servlet;

import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.discovery.EndedSessions;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Writes the token cookie at the moment the session id becomes known or changes, and deletes it when the
 * request's session is invalidated. These callbacks run on the request's thread, before the response can
 * have been committed by a redirect or a large body. A replaced id that cannot be retired cluster-wide invalidates
 * the session under its new id: another node may still resolve the old id, so the session ends (fail closed). A
 * replaced id, and a session that ends while a token of it can still be valid, go into the log of the ended-sessions
 * feed, wherever the end happens (also on a thread without a request).
 */
final class SessionEventListener implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger LOG = Logger.getLogger(SessionEventListener.class.getName());
    private static final String NO_STORE = "no-store";

    private final RuntimeHolder holder;

    SessionEventListener(RuntimeHolder holder) {
        this.holder = holder;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        RequestState state = stateOf(session);
        // a replicating container also announces the copy it loads for the request's token: not a new session
        if (state != null && !state.isBinding()) {
            if (state.inLoginThatCommitsNothing()) {
                state.setDeferring(true); // the mechanism keeps its copy of the caller in a new session (Open Liberty)
            }
            issue(state, session);
            holder.get().replication().sessionCreated(state);
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        HttpSession session = event.getSession();
        ended(oldSessionId);
        RequestState state = stateOf(session);
        if (state != null) {
            issue(state, session);
            if (!holder.get().replication().retire(oldSessionId)) {
                // fail closed: another node may still resolve the old id, so nothing may live on under the new one
                invalidate(session);
            }
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // nothing lives on under the new id
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (!expiredWithItsTokens(event.getSession())) {
            ended(event.getSession().getId());
        }
        RequestState state = stateOf(event.getSession());
        if (state == null) {
            return;
        }
        String id = event.getSession().getId();
        if (id.equals(state.sessionId())) {
            holder.get().replication().retire(id);
            holder.get().updates().delete(state);
            holder.get().replication().deleted(state);
            if (state.response() != null && !state.response().isCommitted()) {
                state.response().setHeader("Cache-Control", NO_STORE);
            }
        }
    }

    /**
     * Tells the readers that a session ended: the log the ended-sessions feed serves, if it is published, and the
     * back-channel logout receivers, if any.
     */
    private void ended(String sessionId) {
        EndedSessions log = holder.endedSessions();
        try {
            if (log != null) {
                SessionJwtRuntime runtime = holder.get();
                if (!log.ended(sessionId, runtime.issuer().lifetime().plus(runtime.settings().clockSkew()))) {
                    Message.ENDED_SESSIONS_FULL.log(LOG, Integer.toString(log.maxEntries()));
                }
            }
            if (holder.logout() != null) {
                holder.logout().ended(sessionId);
            }
        } catch (RuntimeException e) {
            Message.ENDED_SESSION_NOT_RECORDED.log(LOG, e);
        }
    }

    /**
     * Whether a session ends because it expired, at a time when no token of it can still be valid: its tokens live no
     * longer than its inactivity timeout, and that timeout has passed since its last access (a token is issued no
     * earlier than a request of the session). Anything else (an invalidation, a session whose tokens outlive its
     * timeout, a session the container cannot describe any more) is recorded.
     */
    private boolean expiredWithItsTokens(HttpSession session) {
        if (holder.endedSessions() == null && holder.logout() == null) {
            return true;
        }
        try {
            long timeout = session.getMaxInactiveInterval();
            long lifetime = holder.get().issuer().lifetime().getSeconds();
            return timeout > 0 && lifetime <= timeout
                    && System.currentTimeMillis() >= session.getLastAccessedTime() + timeout * 1000;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void issue(RequestState state, HttpSession session) {
        try {
            holder.get().updates().issue(state, session);
        } catch (RuntimeException e) {
            Message.NEW_SESSION_TOKEN_FAILED.log(LOG, e);
        }
    }

    private RequestState stateOf(HttpSession session) {
        RequestState state = CurrentRequest.get();
        if (state == null
                || !state.context().getContextPath().equals(session.getServletContext().getContextPath())) {
            return null;
        }
        return state;
    }
}
