package dev.sessionjwt.internal.container.undertow;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.SessionConfig;
import io.undertow.util.AttachmentKey;

/**
 * The session-id source of a deployment that uses session-jwt: the id of the session the verified token names, as
 * the adapter bound it to the exchange, and nothing else. It never reads Undertow's cookie or {@code ;jsessionid=},
 * never writes a cookie (the library writes its token from the session listeners) and never rewrites a URL.
 *
 * <p>It wraps the configuration WildFly built (its route codec around the cookie configuration), and keeps it as
 * {@link #container()}, but gives it no id: the token carries the session manager's own id, so there is no route
 * suffix to add or strip, and no cookie of the container's to touch.
 */
final class TokenSessionConfig implements SessionConfig {

    /** The id of the live session the token names, attached by {@link UndertowContainerAdapter#bind}. */
    static final AttachmentKey<String> BOUND_ID = AttachmentKey.create(String.class);

    private final SessionConfig container;

    /**
     * @param container the configuration the container would have used, not null
     */
    TokenSessionConfig(SessionConfig container) {
        this.container = container;
    }

    /** The container's own configuration, wrapped and left unused. */
    SessionConfig container() {
        return container;
    }

    /** A new or rotated session gets its cookie from the library (a token), never from here. */
    @Override
    public void setSessionId(HttpServerExchange exchange, String sessionId) {
        // no cookie, no path parameter: the token is the only carrier
    }

    /** The session is gone (invalidated, or its id found no session): the exchange no longer names it. */
    @Override
    public void clearSession(HttpServerExchange exchange, String sessionId) {
        if (sessionId != null && sessionId.equals(exchange.getAttachment(BOUND_ID))) {
            exchange.removeAttachment(BOUND_ID);
        }
    }

    @Override
    public String findSessionId(HttpServerExchange exchange) {
        return exchange.getAttachment(BOUND_ID);
    }

    /** A bound id came from the token cookie; otherwise the request named no session. */
    @Override
    public SessionCookieSource sessionCookieSource(HttpServerExchange exchange) {
        return exchange.getAttachment(BOUND_ID) == null ? SessionCookieSource.NONE : SessionCookieSource.COOKIE;
    }

    /** URLs never carry the session: {@code encodeURL} returns them unchanged. */
    @Override
    public String rewriteUrl(String originalUrl, String sessionId) {
        return originalUrl;
    }

    @Override
    public String toString() {
        return "session-jwt token session config around " + container;
    }
}
