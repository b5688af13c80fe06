package dev.sessionjwt.internal.container.liberty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ContainerAdapterProvider;
import dev.sessionjwt.internal.container.ServletRequests;
import dev.sessionjwt.internal.container.WeldSessionRefresh;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link ContainerAdapter} for Open Liberty and WebSphere Liberty. Liberty's session manager takes the requested
 * session id from the request's session affinity contexts (one per session-cookie key, parsed from the container's
 * cookie, which is off); the adapter replaces each with one that names only the token's session (or none), and
 * drops any session the request already resolved, releasing it as Liberty would at the end of the request. Liberty
 * resolves the session lazily, so {@code getSession(false)} then finds exactly the token's session. An id whose
 * session is not live is not left requested, so Liberty never creates a session with an id the client chose.
 *
 * <p>{@link #peek}: Liberty's lookups through the request and the session manager count the request as an access of the
 * session (last-access time, reference count), so the adapter reads the application's in-memory store directly
 * ({@link LibertyMemoryStore}); with a persistent store it does not peek.
 */
final class LibertyContainerAdapter implements ContainerAdapter {

    private final LibertyMembers m;
    private final WeldSessionRefresh weld;
    private final CallerPrincipals callerPrincipals;
    private final LibertyMemoryStore sessions;

    /**
     * @param members          the Liberty members, looked up at deployment
     * @param weld             Weld's session refresh for the application (inactive where Liberty hides Weld)
     * @param callerPrincipals where the caller's groups are read
     * @param sessions         the application's in-memory session store, or null where its sessions live elsewhere
     */
    LibertyContainerAdapter(LibertyMembers members, WeldSessionRefresh weld, CallerPrincipals callerPrincipals,
                            LibertyMemoryStore sessions) {
        this.m = members;
        this.weld = weld;
        this.callerPrincipals = callerPrincipals;
        this.sessions = sessions;
    }

    /**
     * @param context the web application's context, during deployment
     * @return the adapter for that application
     * @throws IllegalStateException with {@value LibertyMembers#ID} if a member is missing
     */
    static LibertyContainerAdapter of(ServletContext context) {
        String serverInfo = String.valueOf(context.getServerInfo());
        Class<?> request = ContainerAdapterProvider.findClass(context, LibertyMembers.REQUEST)
                .orElseThrow(() -> new IllegalStateException(LibertyMembers.message(serverInfo, LibertyMembers.REQUEST,
                        "(the class)", "not visible to the server's class loader")));
        LibertyMembers members = LibertyMembers.of(serverInfo, request);
        return new LibertyContainerAdapter(members, LibertyWeld.sessionRefresh(context),
                LibertyCallerPrincipals.forClassLoader(context.getClassLoader()),
                LibertyMemoryStore.of(context, members, request.getClassLoader()));
    }

    @Override
    public boolean peeks() {
        return sessions != null;
    }

    @Override
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        return sessions == null ? null : sessions.peek(sessionId);
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        Object liberty = unwrap(request);
        request(liberty, sessionId);
        HttpSession session = request.getSession(false);
        if (session == null && sessionId != null) {
            request(liberty, null);
        }
        return session;
    }

    /** Requests no session and drops (releases) those the request resolved, without a lookup. */
    @Override
    public void detach(HttpServletRequest request) {
        request(unwrap(request), null);
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        weld.refresh(request);
    }

    /** On Liberty: the group ids of the caller's {@code WSCredential} ({@link LibertyCallerPrincipals}). */
    @Override
    public CallerPrincipals callerPrincipals() {
        return callerPrincipals;
    }

    /** Liberty keeps an {@code @AutoApplySession} caller in its LtpaToken2 cookie, not in the session. */
    @Override
    public boolean keepsCallerInSession() {
        return false;
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        Object response = m.invoke(m.getResponse, unwrap(request));
        return response instanceof HttpServletResponse http ? http : null;
    }

    /** Makes the session manager see only {@code sessionId} (or nothing) as the requested id. */
    @SuppressWarnings("unchecked")
    private void request(Object liberty, String sessionId) {
        Map<Object, Object> contexts = (Map<Object, Object>) m.invoke(m.getSessionAffinityContext, liberty);
        if (contexts == null || contexts.isEmpty()) {
            // the session manager creates the contexts on its first look; let it, then replace them
            ((HttpServletRequest) liberty).getRequestedSessionId();
            contexts = (Map<Object, Object>) m.invoke(m.getSessionAffinityContext, liberty);
            if (contexts == null || contexts.isEmpty()) {
                throw new IllegalStateException(LibertyMembers.ID + ": Liberty created no session affinity context"
                        + " for the request");
            }
        }
        for (Object key : new ArrayList<>(contexts.keySet())) {
            List<String> ids = new ArrayList<>(1);
            if (sessionId != null) {
                ids.add(sessionId);
            }
            Object context = m.newAffinityContext(ids, sessionId != null);
            m.invoke(m.setRequestedSessionId, context, sessionId);
            m.invoke(m.setInputCloneInfo, context, "");
            contexts.put(key, context);
        }
        dropResolvedSessions(liberty, sessionId);
    }

    /** Removes every session the request resolved other than {@code keep}'s, releasing each as Liberty's finish would. */
    private void dropResolvedSessions(Object liberty, String keep) {
        Object requestContext = m.invoke(m.getRequestContext, liberty);
        Map<?, ?> sessions = requestContext == null ? null : m.sessionsByWebApp(requestContext);
        if (sessions == null || sessions.isEmpty()) {
            return;
        }
        for (Object webApp : new ArrayList<>(sessions.keySet())) {
            Object session = sessions.get(webApp);
            if (session instanceof HttpSession resolved && keep != null && keep.equals(resolved.getId())) {
                continue;
            }
            sessions.remove(webApp);
            Object sessionContext = m.invoke(m.getSessionContext, webApp);
            if (sessionContext != null && session != null) {
                m.invoke(m.sessionPostInvoke, sessionContext, session);
            }
        }
    }

    private Object unwrap(ServletRequest request) {
        ServletRequest current = ServletRequests.innermost(request);
        if (!m.request.isInstance(current)) {
            throw new IllegalStateException(LibertyMembers.ID + ": the request is a " + current.getClass().getName()
                    + ", not Liberty's " + LibertyMembers.REQUEST);
        }
        return current;
    }
}
