package dev.sessionjwt.servlet;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenCounters;
import dev.sessionjwt.token.TokenIssuer;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Decides the token cookie of a response: issues a token for a session, deletes the cookie, and writes
 * the decision into the response at once when it can, or later when the response becomes known.
 */
final class CookieUpdates {

    private static final Logger LOG = Logger.getLogger(CookieUpdates.class.getName());

    private final TokenIssuer issuer;
    private final TokenCookies cookies;
    private final TokenCounters counters;

    CookieUpdates(TokenIssuer issuer, TokenCookies cookies, TokenCounters counters) {
        this.issuer = issuer;
        this.cookies = cookies;
        this.counters = counters;
    }

    /** Signs a token for the session and puts it into the response. */
    void issue(RequestState state, HttpSession session) {
        SessionToken token = issuer.issue(session.getId(), Map.of());
        counters.issued();
        state.bindTo(session.getId(), token);
        put(state, cookies.tokenHeader(token.compact(), state.request().isSecure()));
    }

    /** Puts a deletion of the token cookie into the response. */
    void delete(RequestState state) {
        state.unbind();
        put(state, cookies.deletionHeader(state.request().isSecure()));
    }

    /**
     * Writes the decided header if the response does not carry it (it was not known before, or it was
     * reset) and can still take it.
     */
    void flush(RequestState state) {
        HttpServletResponse response = state.response();
        String header = state.pendingHeader();
        if (header != null && response != null && !response.isCommitted() && !cookies.isIn(response)) {
            cookies.put(response, header);
        }
    }

    private void put(RequestState state, String header) {
        state.setPendingHeader(header);
        HttpServletResponse response = state.response();
        if (response == null) {
            return;
        }
        if (response.isCommitted()) {
            LOG.log(Level.WARNING, "SJWT0102: the response to {0} was already committed when its session cookie"
                    + " changed, so the browser cannot receive it; create or change the session before writing"
                    + " the response body", state.request().getRequestURI());
            return;
        }
        cookies.put(response, header);
    }
}
