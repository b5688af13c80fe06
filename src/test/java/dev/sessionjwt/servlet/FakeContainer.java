package dev.sessionjwt.servlet;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.sessionjwt.container.ContainerAdapter;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;

/**
 * Test fake of a servlet container for the request path: a session manager (live sessions by id), one request at a
 * time that resolves only the session its adapter bound, and the {@link ContainerAdapter} the library drives. Like a
 * real container it announces session creation, id changes and invalidation to the registered session listener on
 * the request's thread. The adapter records every call, so a test can assert what was bound and detached.
 */
final class FakeContainer implements ContainerAdapter {

    /** The context path of the fake application. */
    static final String CONTEXT_PATH = "/app";

    /** The adapter calls, in order: {@code bind(id)}, {@code peek(id)}, {@code detach}, {@code refreshSessionCaches}. */
    final List<String> calls = new ArrayList<>();
    /** Live sessions by id. */
    final Map<String, HttpSession> sessions = new LinkedHashMap<>();
    final FakeSessionCookieConfig cookieConfig = new FakeSessionCookieConfig();
    /** Every session's inactivity timeout, in seconds (the context's 30 minutes). */
    int maxInactiveInterval = 1800;
    final ServletContext context = context(cookieConfig);
    /** Whether the adapter can look at a session without touching it (the fast path). */
    boolean peeks;
    /** Whether {@code responseOf} knows the response; when false the library learns it in its filter. */
    boolean knowsResponse = true;
    /** Whether {@code bind} throws for a non-null id. */
    boolean failBind;
    /** The session listener the container announces session events to, once the library registered it. */
    SessionEventListener listener;
    /** The attribute listener the container announces removed session attributes to, if one is registered. */
    HttpSessionAttributeListener attributeListener;
    /** What the container's mechanism does inside {@code authenticate}, with the container's request; may be null. */
    Consumer<HttpServletRequest> onAuthenticate;

    /** The request being served: what the container resolved for it, and its caller. */
    private HttpSession resolved;
    private HttpServletResponse response;
    private Principal caller;
    private int nextId;

    /** A live session with the given id, as if created by an earlier request before the application started. */
    HttpSession liveSession(String id) {
        return liveSession(id, 0L);
    }

    /** A live session with the given id, created at the given epoch milliseconds. */
    HttpSession liveSession(String id, long creationTime) {
        HttpSession session = newSession(id, creationTime);
        sessions.put(id, session);
        return session;
    }

    /** Sets the session the container resolved by itself before the library ran (a {@code ;jsessionid=}). */
    void resolveBeforeBinding(HttpSession session) {
        resolved = session;
    }

    /**
     * A fresh request with the given {@code Cookie} headers, answered by {@code response}.
     *
     * @param caller the caller the container's authentication established, or null
     */
    HttpServletRequest request(HttpServletResponse response, Principal caller, String... cookieHeaders) {
        this.response = response;
        this.caller = caller;
        Map<String, Object> attributes = new HashMap<>();
        List<String> cookies = List.of(cookieHeaders);
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> Collections.enumeration("Cookie".equalsIgnoreCase((String) args[0])
                            ? cookies : List.of());
                    case "getSession" -> args == null || (Boolean) args[0] ? session(true) : session(false);
                    case "getCookies" -> cookies(cookies);
                    case "changeSessionId" -> changeSessionId();
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getUserPrincipal" -> this.caller;
                    case "login" -> {
                        this.caller = () -> (String) args[0];
                        yield null;
                    }
                    case "logout" -> {
                        this.caller = null;
                        yield null;
                    }
                    case "authenticate" -> {
                        if (onAuthenticate != null) {
                            onAuthenticate.accept((HttpServletRequest) proxy);
                        }
                        yield this.caller != null;
                    }
                    case "getServletContext" -> context;
                    case "getContextPath" -> CONTEXT_PATH;
                    case "getRequestURI" -> CONTEXT_PATH + "/page";
                    case "isSecure" -> false;
                    case "toString" -> "FakeContainer.Request";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** The cookies of {@code Cookie} headers ({@code a=1; b=2}), as the container parses them; null for none. */
    private static Cookie[] cookies(List<String> headers) {
        List<Cookie> cookies = new ArrayList<>();
        for (String header : headers) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.add(new Cookie(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()));
                }
            }
        }
        return cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
    }

    /** Sets the caller as a mechanism that ran before the library's filter would. */
    void authenticateAs(Principal principal) {
        caller = principal;
    }

    private HttpSession session(boolean create) {
        if (resolved == null && create) {
            resolved = liveSession("created-" + ++nextId, System.currentTimeMillis());
            listener.sessionCreated(new HttpSessionEvent(resolved));
        }
        return resolved;
    }

    private String changeSessionId() {
        HttpSession session = resolved;
        String old = session.getId();
        HttpSession renamed = newSession("rotated-" + ++nextId, session.getCreationTime());
        Collections.list(session.getAttributeNames()).forEach(name -> renamed.setAttribute(name,
                session.getAttribute(name)));
        sessions.remove(old);
        sessions.put(renamed.getId(), renamed);
        resolved = renamed;
        listener.sessionIdChanged(new HttpSessionEvent(renamed), old);
        return renamed.getId();
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        calls.add("bind(" + sessionId + ")");
        if (failBind && sessionId != null) {
            throw new IllegalStateException("bind failed");
        }
        resolved = sessionId == null ? null : sessions.get(sessionId);
        return resolved;
    }

    @Override
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        calls.add("peek(" + sessionId + ")");
        return sessions.get(sessionId);
    }

    @Override
    public boolean peeks() {
        return peeks;
    }

    @Override
    public void detach(HttpServletRequest request) {
        calls.add("detach");
        resolved = null;
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        calls.add("refreshSessionCaches");
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        return knowsResponse ? response : null;
    }

    private HttpSession newSession(String id, long creationTime) {
        Map<String, Object> attributes = new HashMap<>();
        HttpSession[] self = new HttpSession[1];
        self[0] = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> {
                        Object old = attributes.remove((String) args[0]);
                        if (old != null && attributeListener != null) {
                            attributeListener.attributeRemoved(new HttpSessionBindingEvent(self[0], (String) args[0],
                                    old));
                        }
                        yield null;
                    }
                    case "getCreationTime", "getLastAccessedTime" -> creationTime;
                    case "getMaxInactiveInterval" -> maxInactiveInterval;
                    case "getAttributeNames" -> Collections.enumeration(List.copyOf(attributes.keySet()));
                    case "getServletContext" -> context;
                    case "invalidate" -> {
                        listener.sessionDestroyed(new HttpSessionEvent(self[0]));
                        sessions.remove(id);
                        if (resolved == self[0]) {
                            resolved = null;
                        }
                        yield null;
                    }
                    case "toString" -> "Session[" + id + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return self[0];
    }

    private static ServletContext context(FakeSessionCookieConfig cookieConfig) {
        Map<String, Object> attributes = new HashMap<>();
        return (ServletContext) Proxy.newProxyInstance(FakeContainer.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSessionTimeout" -> 30;
                    case "getSessionCookieConfig" -> cookieConfig.proxy();
                    case "getContextPath" -> CONTEXT_PATH;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "toString" -> "FakeContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
