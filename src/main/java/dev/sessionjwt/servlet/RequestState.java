package dev.sessionjwt.servlet;

import dev.sessionjwt.token.SessionToken;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the library knows about one request: its response, the session it is bound to, the token valid
 * for that session, and the last {@code Set-Cookie} it decided on. Confined to the request's thread.
 */
final class RequestState {

    private final ServletContext context;
    private final HttpServletRequest request;
    private final CookieUpdates updates;
    private HttpServletResponse response;
    private SessionToken token;
    private String sessionId;
    private boolean binding;
    private String pendingHeader;
    private String versionHeader;

    RequestState(ServletContext context, HttpServletRequest request, HttpServletResponse response,
                 CookieUpdates updates) {
        this.context = context;
        this.request = request;
        this.response = response;
        this.updates = updates;
    }

    /** The cookie decisions of the web application this request belongs to. */
    CookieUpdates updates() {
        return updates;
    }

    ServletContext context() {
        return context;
    }

    HttpServletRequest request() {
        return request;
    }

    /** The response, or null while not yet known. */
    HttpServletResponse response() {
        return response;
    }

    /** Records the response if it was not known yet. */
    void offerResponse(HttpServletResponse candidate) {
        if (response == null) {
            response = candidate;
        }
    }

    /** The token valid for the bound session: the one received, or the one issued in this request. */
    SessionToken token() {
        return token;
    }

    /** The id of the session the request is bound to, or null. */
    String sessionId() {
        return sessionId;
    }

    /**
     * Whether the request is being bound to its token's session right now. The binding only looks sessions
     * up, so a session "created" meanwhile is a copy a replicating container loaded, not a new session.
     */
    boolean isBinding() {
        return binding;
    }

    void setBinding(boolean binding) {
        this.binding = binding;
    }

    void bindTo(String newSessionId, SessionToken newToken) {
        this.sessionId = newSessionId;
        this.token = newToken;
        request.setAttribute(RequestAttributes.TOKEN, newToken.compact());
    }

    void unbind() {
        this.sessionId = null;
        this.token = null;
        request.removeAttribute(RequestAttributes.TOKEN);
    }

    /** The last {@code Set-Cookie} value decided for the token cookie, or null. */
    String pendingHeader() {
        return pendingHeader;
    }

    void setPendingHeader(String header) {
        this.pendingHeader = header;
    }

    /** The last {@code Set-Cookie} value decided for the session version cookie (replicated sessions), or null. */
    String versionHeader() {
        return versionHeader;
    }

    void setVersionHeader(String header) {
        this.versionHeader = header;
    }
}
