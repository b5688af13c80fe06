package dev.sessionjwt.container.undertow;

import dev.sessionjwt.container.ContainerAdapter;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.ServletContextImpl;
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
 */
final class UndertowContainerAdapter implements ContainerAdapter {

    private final TokenSessionConfigWrapper wrapper;
    private final CachedSessionDetach detach;

    /**
     * @param wrapper the deployment's wrapper, installed by {@link TokenSessionExtension}
     * @param detach  drops a session Undertow cached for the request
     */
    UndertowContainerAdapter(TokenSessionConfigWrapper wrapper, CachedSessionDetach detach) {
        this.wrapper = wrapper;
        this.detach = detach;
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
            ServletContextImpl context = current.getCurrentServletContext();
            detach.detach(context, exchange);
            current.setSession(null);
            session = request.getSession(false);
            if (session != null) {
                throw new IllegalStateException("SJWT0016: Undertow still resolves session " + session.getId()
                        + " for a request bound to " + live + "; this Undertow version is not supported");
            }
        }
        return session;
    }

    /** Undertow keeps no session version (WildFly replicates sessions in its own way, not through the client). */
    @Override
    public String sessionVersion(HttpServletRequest request) {
        return null;
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        ServletRequestContext current = ServletRequestContext.current();
        return current == null ? null : current.getOriginalResponse();
    }
}
