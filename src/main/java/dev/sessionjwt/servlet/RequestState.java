package dev.sessionjwt.servlet;

import java.util.Map;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.token.SessionToken;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * What the library knows about one request: its response, the session it is bound to, the token valid
 * for that session (or the session a token is owed to, signed at the next commit point), and the last
 * {@code Set-Cookie} it decided on. Confined to the request's thread.
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
    private boolean deferring;
    private boolean authenticating;
    private OwedToken owed;

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
        this.owed = null;
        request.removeAttribute(RequestAttributes.TOKEN);
    }

    /**
     * Whether a token decided now may wait for the next commit point: true only while the library is sure to see
     * every way the response can commit before that point ({@link CookieCommitFilter}).
     */
    boolean defers() {
        return deferring;
    }

    void setDeferring(boolean deferring) {
        this.deferring = deferring;
    }

    /** Whether the application's {@code authenticate} call is running ({@link CallerTrackingRequest}). */
    boolean isAuthenticating() {
        return authenticating;
    }

    void setAuthenticating(boolean authenticating) {
        this.authenticating = authenticating;
    }

    /**
     * Whether the application's {@code authenticate} call is running a login whose mechanism said it commits nothing
     * ({@link Caller#LOGIN_COMMITS_NOTHING}): a token decided now may be owed until the call returns.
     */
    boolean inLoginThatCommitsNothing() {
        return authenticating && Boolean.TRUE.equals(request.getAttribute(Caller.LOGIN_COMMITS_NOTHING));
    }

    /**
     * Records that the session needs a new token, replacing any token owed before (an id that changes again within
     * the request needs only the last one). Until it is signed the request has no valid token: the one received named
     * the session's former id or caller.
     */
    void owe(OwedToken token) {
        this.owed = token;
        this.sessionId = token.session().getId();
        this.token = null;
        request.removeAttribute(RequestAttributes.TOKEN);
    }

    /** The token owed, which is then no longer owed; null if none. */
    OwedToken takeOwed() {
        OwedToken taken = owed;
        owed = null;
        return taken;
    }

    /**
     * A token decided but not yet signed: the session it is for (its id is read when signing) and the claims and
     * caller as they were when it was decided, as a token signed at once would have carried them.
     *
     * @param session the session, not null
     * @param claims  the claims beside the session id, not null
     * @param caller  the caller's name, or null for an anonymous session
     */
    record OwedToken(HttpSession session, Map<String, Object> claims, String caller) {
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
