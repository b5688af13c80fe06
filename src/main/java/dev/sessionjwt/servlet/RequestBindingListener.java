package dev.sessionjwt.servlet;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.Verification;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Binds every request, before authentication runs, to the session its token names, or to no session:
 * of the first few distinct token cookie values ({@link TokenCookies#valuesIn}, so a request costs a bounded number of
 * verifications), accept each one that its session remembers being issued ({@link RememberedTokens}) or that passes
 * full verification, bind the first one whose session is live, otherwise clear whatever session
 * the container found elsewhere; then refresh the session caches (Weld's) and decide whether the response needs a new cookie (a
 * token signed with an older key of the ring gets one at once, so a key rotation logs no one out; so does a token the
 * ended-sessions feed declares dead, issued before this application instance started). If binding
 * fails, or the application's runtime cannot even be built, the request reaches no session at all, and a request
 * this listener did not finish with never reaches the application ({@link FailClosed}).
 */
final class RequestBindingListener implements ServletRequestListener {

    private static final Logger LOG = Logger.getLogger(RequestBindingListener.class.getName());

    /**
     * What a mechanism calls after a login (see {@link Caller#LISTENER}); one for all requests. Inside the application's
     * {@code authenticate}, a login that commits nothing ({@link Caller#LOGIN_COMMITS_NOTHING}) owes its token until
     * the call returns ({@link CallerTrackingRequest#authenticate}).
     */
    private static final Runnable CALLER_CHECK = () -> {
        RequestState state = CurrentRequest.get();
        if (state != null) {
            if (state.inLoginThatCommitsNothing()) {
                state.setDeferring(true);
            }
            state.updates().onCallerChange(state, false);
        }
    };

    private final RuntimeHolder holder;
    private final PlainSessionIdUpgrade plainIds = new PlainSessionIdUpgrade(Instant.now());

    RequestBindingListener(RuntimeHolder holder) {
        this.holder = holder;
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)) {
            return;
        }
        RequestState state = null;
        try {
            SessionJwtRuntime runtime = holder.get(); // built on the first request: it can fail, like the binding
            state = new RequestState(holder.context(), request, runtime.adapter().responseOf(request),
                    runtime.updates());
            CurrentRequest.set(state);
            request.setAttribute(Caller.LISTENER, CALLER_CHECK);
            bind(runtime, state);
            FailClosed.admit(request);
        } catch (RuntimeException | LinkageError e) {
            Message.BIND_FAILED.log(LOG, e);
            FailClosed.detach(holder.adapter(), request, state);
        }
    }

    private void bind(SessionJwtRuntime runtime, RequestState state) {
        HttpServletRequest request = state.request();
        List<String> values = runtime.cookies().valuesIn(request);
        String version = values.isEmpty() ? null : runtime.replication().requestedVersion(request);
        HttpSession session = null;
        SessionToken token = null;
        boolean oldKey = false;
        for (String value : values) {
            // the session's own token, recognized by its memory, else full verification (never bind on less)
            Verification verification = runtime.remembered().recognize(request, value);
            if (verification == null) {
                verification = runtime.verifier().verify(value);
            }
            if (verification instanceof Verification.Rejected rejected) {
                if (LOG.isLoggable(Level.FINE)) {
                    Message.COOKIE_REJECTED.log(LOG, rejected.reason(), rejected.detail());
                }
                continue;
            }
            if (!runtime.replication().admits(verification.token().sessionId())) {
                Message.SESSION_ID_RETIRED.log(LOG);
                continue;
            }
            token = verification.token();
            oldKey = !verification.currentKey();
            state.setBinding(true);
            try {
                session = runtime.adapter().bind(request, token.sessionId(), version);
            } finally {
                state.setBinding(false);
            }
            if (session != null) {
                break;
            }
            Message.SESSION_GONE.log(LOG);
        }
        boolean upgraded = false;
        if (session == null) {
            session = plainIds.upgrade(runtime, state, values);
            upgraded = session != null;
        }
        if (session == null) {
            runtime.adapter().bind(request, null, null);
        }
        runtime.adapter().refreshSessionCaches(request);
        if (upgraded) {
            request.changeSessionId(); // the upgraded plain id reaches nothing afterwards; the id listener issues
            if (state.token() == null) {
                runtime.updates().issue(state, session);
            }
            runtime.replication().bound(state);
        } else if (session != null) {
            state.bindTo(session.getId(), token);
            runtime.replication().bound(state);
            if (oldKey || runtime.settings().saveEveryRequest() || token.isPastHalfLife(runtime.clock().instant())
                    || holder.endedSessions() != null && holder.endedSessions().isDead(token.issuedAt())) {
                runtime.updates().issue(state, session);
            }
        } else if (!values.isEmpty()) {
            runtime.updates().delete(state);
            runtime.replication().deleted(state);
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CurrentRequest.clear();
    }
}
