package dev.sessionjwt.servlet;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Writes the token cookie at the moment the session id becomes known or changes, and deletes it when the
 * request's session is invalidated. These callbacks run on the request's thread, before the response can
 * have been committed by a redirect or a large body.
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
        RequestState current = stateOf(event.getSession());
        if (current != null && event.getSession().getId().equals(current.requestedSessionId())) {
            // not a new session: a replicating container announces the copy it loaded for the request's token
            return;
        }
        RequestState state = issueFor(event.getSession());
        if (state != null) {
            holder.get().replication().sessionCreated(state);
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        if (issueFor(event.getSession()) != null) {
            holder.get().replication().retire(oldSessionId);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
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

    /** Issues a token for the request's session; returns the request's state, or null outside a request. */
    private RequestState issueFor(HttpSession session) {
        RequestState state = stateOf(session);
        if (state == null) {
            return null;
        }
        try {
            holder.get().updates().issue(state, session);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "SJWT0104: session-jwt could not issue a token for a new session id", e);
        }
        return state;
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
