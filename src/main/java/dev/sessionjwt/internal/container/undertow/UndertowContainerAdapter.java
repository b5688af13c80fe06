package dev.sessionjwt.internal.container.undertow;

import java.util.Map;

import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.container.WeldSessionRefresh;
import dev.sessionjwt.internal.message.Message;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.InMemorySessionManager;
import io.undertow.server.session.Session;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.HttpSessionImpl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link ContainerAdapter} for WildFly / JBoss EAP (Undertow), on Undertow's public API. Binding attaches the id of
 * the token's session to the exchange, where the deployment's {@link TokenSessionConfig} hands it to Undertow's
 * session lookup; an id whose session is not live is never attached, so Undertow cannot create a session with an id
 * the client chose.
 *
 * <p>Undertow resolves the session lazily and keeps the result for the rest of the request. Until the library binds,
 * the configuration names no session, so an early {@code getSession(false)} (Weld's request listener) finds none and
 * keeps nothing. Only a session bound earlier in the same request and then unbound stays cached: see
 * {@link CachedSessionDetach}.
 *
 * <p>{@link #peek}: for a deployment whose sessions are Undertow's {@link InMemorySessionManager} (WildFly's for every
 * application that is not {@code <distributable/>}; see {@link InMemorySessions}), {@code getSession(String)} is a
 * plain map read, and the core session's {@code getAttribute} reads its attribute map: neither moves the last-access
 * time ({@code bumpTimeout} runs only in {@code requestStarted} and {@code setAttribute}), and neither resolves the
 * session for the request. Another session manager (WildFly's distributable one, which loads from Infinispan) is not
 * looked at.
 */
final class UndertowContainerAdapter implements ContainerAdapter {

    private final TokenSessionConfigWrapper wrapper;
    private final CachedSessionDetach cached;
    private final WeldSessionRefresh weld;
    private final Map<String, String> declaredCookieAttributes;
    private final CallerPrincipals callerPrincipals;
    private final boolean peeks;

    /**
     * @param wrapper                  the deployment's wrapper, installed by {@link TokenSessionExtension}
     * @param cached                   drops a session Undertow cached for the request
     * @param weld                     Weld's session refresh for the application
     * @param declaredCookieAttributes the cookie attributes declared in web.xml, which WildFly does not parse
     * @param callerPrincipals         where the caller's groups are read
     * @param peeks                    whether the deployment's sessions live in Undertow's in-memory session manager,
     *                                 where {@link #peek} can look at one without touching it
     */
    UndertowContainerAdapter(TokenSessionConfigWrapper wrapper, CachedSessionDetach cached, WeldSessionRefresh weld,
                             Map<String, String> declaredCookieAttributes, CallerPrincipals callerPrincipals,
                             boolean peeks) {
        this.wrapper = wrapper;
        this.cached = cached;
        this.weld = weld;
        this.declaredCookieAttributes = Map.copyOf(declaredCookieAttributes);
        this.callerPrincipals = callerPrincipals;
        this.peeks = peeks;
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        if (!wrapper.isApplied()) {
            throw new IllegalStateException(UndertowAdapters.notInstalled("the deployment's session configuration was"
                    + " built without it"));
        }
        ServletRequestContext current = ServletRequestContext.requireCurrent();
        HttpServerExchange exchange = current.getExchange();
        String live = sessionId != null && current.getDeployment().getSessionManager().getSession(sessionId) != null
                ? sessionId : null;
        if (live == null) {
            exchange.removeAttachment(TokenSessionConfig.BOUND_ID);
        } else {
            exchange.putAttachment(TokenSessionConfig.BOUND_ID, live);
        }
        HttpSession session = request.getSession(false);
        if (session != null && !session.getId().equals(live)) {
            cached.detach(current);
            session = request.getSession(false);
            if (session != null) {
                throw new IllegalStateException(Message.UNDERTOW_CACHED_SESSION.format("Undertow still resolves"
                        + " another session than the one the request is bound to"));
            }
        }
        return session;
    }

    @Override
    public boolean peeks() {
        return peeks;
    }

    /** The resident session from the in-memory manager's map, as a servlet session over it; nothing is touched. */
    @Override
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        if (!peeks) {
            return null;
        }
        ServletRequestContext current = ServletRequestContext.requireCurrent();
        Session session = current.getDeployment().getSessionManager().getSession(sessionId);
        return session == null ? null : HttpSessionImpl.forSession(session, current.getCurrentServletContext(), false);
    }

    /** Forgets the bound id and the session Undertow cached; Undertow itself never resolves one from elsewhere. */
    @Override
    public void detach(HttpServletRequest request) {
        ServletRequestContext current = ServletRequestContext.requireCurrent();
        current.getExchange().removeAttachment(TokenSessionConfig.BOUND_ID);
        cached.detach(current);
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        weld.refresh(request);
    }

    /** WildFly 37 reads name, domain, path, secure, http-only and max-age from web.xml, but no other attribute. */
    @Override
    public Map<String, String> declaredCookieAttributes() {
        return declaredCookieAttributes;
    }

    /** On WildFly: Elytron's roles of the current identity ({@link ElytronCallerPrincipals}). */
    @Override
    public CallerPrincipals callerPrincipals() {
        return callerPrincipals;
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        ServletRequestContext current = ServletRequestContext.current();
        return current == null ? null : current.getOriginalResponse();
    }
}
