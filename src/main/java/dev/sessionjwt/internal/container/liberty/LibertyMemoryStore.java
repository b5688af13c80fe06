package dev.sessionjwt.internal.container.liberty;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;

/**
 * Looks at a session of one application in Open Liberty's in-memory session store without touching it, for
 * {@link LibertyContainerAdapter#peek}. Found once, at deployment: the application's {@code WebApp} (behind the
 * {@code ServletContextFacade}), its {@code SessionContext}, the session manager in that context's protected field
 * {@value #MANAGER_FIELD}, and the manager's {@code IStore}, which must be {@value #MEMORY_STORE}.
 *
 * <p>Read in Liberty's code (25.0.0.12 and 26.0.0.5 alike): {@code MemoryStore.getFromMemory(id)} is a read of its
 * session map; neither it nor {@code ISession.getAdaptation} writes anything. The access (last-access time,
 * reference count, the session the request resolves) happens only in
 * {@code SessionManager.getSession(..., isSessionAccess=true, ...)}, which a request reaches through
 * {@code HttpServletRequest.getSession}. The servlet session returned is the one the session already handed
 * out ({@code IFacade.getFacade()} of its adaptation); its {@code getAttribute} reads the session's attribute table.
 * A persistent store ({@code sessionDatabase}, {@code sessionCache}) may load an attribute from its backing store when
 * read, so it is not looked at: then {@link #of} answers null and the library keeps its own copy of the sessions'
 * memory instead.
 */
final class LibertyMemoryStore {

    static final String MEMORY_STORE = "com.ibm.ws.session.store.memory.MemoryStore";
    static final String MANAGER_FIELD = "_coreHttpSessionManager";
    private static final String SESSION_CONTEXT = "com.ibm.ws.session.SessionContext";
    private static final String SESSION_MANAGER = "com.ibm.wsspi.session.IGenericSessionManager";
    private static final String STORE = "com.ibm.wsspi.session.IStore";
    private static final String SESSION = "com.ibm.wsspi.session.ISession";
    private static final String FACADE = "com.ibm.ws.webcontainer.facade.IFacade";
    private static final Logger LOG = Logger.getLogger(LibertyMemoryStore.class.getName());

    private final LibertyMembers members;
    private final Object store;
    private final Method getFromMemory;
    private final Method getAdaptation;
    private final Method getFacade;

    private LibertyMemoryStore(LibertyMembers members, Object store, ClassLoader loader)
            throws ReflectiveOperationException {
        this.members = members;
        this.store = store;
        this.getFromMemory = Class.forName(STORE, false, loader).getMethod("getFromMemory", Object.class);
        this.getAdaptation = Class.forName(SESSION, false, loader).getMethod("getAdaptation");
        this.getFacade = Class.forName(FACADE, false, loader).getMethod("getFacade");
    }

    /**
     * @param context the application, during deployment
     * @param members the Liberty members, which also invoke the store's (a failure there is reported as theirs)
     * @param loader  the loader of Liberty's web container (the request class's)
     * @return the application's in-memory store, or null where its sessions live elsewhere or it cannot be found (then
     *         the library does not look at sessions untouched; nothing else changes)
     */
    static LibertyMemoryStore of(ServletContext context, LibertyMembers members, ClassLoader loader) {
        try {
            Object webApp = context;
            Method unwrap = publicMethod(context.getClass(), "getIServletContext");
            if (unwrap != null) {
                webApp = unwrap.invoke(context);
            }
            Object sessionContext = webApp.getClass().getMethod("getSessionContext").invoke(webApp);
            Field managerField = Class.forName(SESSION_CONTEXT, false, loader).getDeclaredField(MANAGER_FIELD);
            managerField.setAccessible(true);
            Object manager = managerField.get(sessionContext);
            Object store = Class.forName(SESSION_MANAGER, false, loader).getMethod("getIStore").invoke(manager);
            if (store == null || !MEMORY_STORE.equals(store.getClass().getName())) {
                LOG.fine(() -> "sessions are kept in " + (store == null ? "no store" : store.getClass().getName())
                        + ", not in " + MEMORY_STORE + ": they are not looked at untouched");
                return null;
            }
            return new LibertyMemoryStore(members, store, loader);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Liberty's in-memory session store was not found; sessions are not looked at untouched",
                    e);
            return null;
        }
    }

    /**
     * The session is the store's until its sweep or an access removes it: an invalidated one answers its
     * {@code getAttribute} with an {@code IllegalStateException}, which the caller treats as no session, and one that
     * timed out but was not swept yet is found, as the library's copy of the memory found it, and then ends when the
     * request binds to it ({@code SessionManager.getSession} checks the timeout on access and invalidates it).
     *
     * @param sessionId a session id read from an unverified token, not null
     * @return the servlet session of the session with that id in memory, or null
     */
    HttpSession peek(String sessionId) {
        Object session = members.invoke(getFromMemory, store, sessionId);
        if (session == null) {
            return null;
        }
        Object adaptation = members.invoke(getAdaptation, session);
        Object facade = adaptation == null ? null : members.invoke(getFacade, adaptation);
        return facade instanceof HttpSession http ? http : null;
    }

    private static Method publicMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
