package dev.sessionjwt.internal.container.catalina;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.ClusterStrings;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.cluster.ClusterRetiredSessionIds;
import dev.sessionjwt.internal.container.ServletRequests;
import dev.sessionjwt.internal.container.UnsupportedContainerException;
import dev.sessionjwt.internal.container.WebXmlCookieAttributes;
import dev.sessionjwt.internal.container.WeldSessionRefresh;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link ContainerAdapter} for Payara 6 and GlassFish 7 (Catalina's request under a facade), used
 * through public methods found reflectively once, so the library has no compile-time tie to either server.
 * Both run Weld ({@link WeldSessionRefresh}), hold groups as GlassFish {@code Group} principals
 * ({@link GlassFishCallerPrincipals}); Payara 6 drops the {@code <cookie-config><attribute>} entries of web.xml
 * ({@link WebXmlCookieAttributes}) and replicates sessions through its Hazelcast
 * ({@link HazelcastClusterStrings}).
 *
 * <p>Per request: set the requested session id (or clear it), mark it as coming from a cookie, clear the
 * "already looked up and failed" flag, and drop the session Catalina cached for the request, so its lazy
 * lookup resolves exactly the token's session. Catalina's {@code CoyoteAdapter} takes the foreground lock of the
 * session it resolves before the pipeline (from a {@code ;jsessionid=} here, since cookies are off) and releases
 * the lock of whatever session the request holds when it ends; so the adapter releases the lock of the session it
 * drops and takes the lock of the one it binds, and no session stays locked, or unlocked while in use.
 *
 * <p>Replicated sessions ({@code <distributable/>} with Hazelcast persistence): Catalina's
 * {@code ReplicationManagerBase.findSession(id, version)} returns no session at all for a null version, so
 * the requested version is set too. Catalina has no public setter for it (only its cookie parser fills the
 * protected field {@code requestedSessionVersion}), so that one field is set reflectively. The version the
 * manager assigns is published by Catalina in the request attribute {@value #SESSION_VERSIONS}, a map from
 * context path ({@code /} for the root) to version. For {@link ContainerAdapter#NEWEST_VERSION} the adapter requests the
 * version that makes that manager compare its local copy with the replicated one: the largest long under its
 * default "relaxed" cache version semantics (any version up to the local copy's returns the local copy), and
 * 0 under strict semantics (a version above the newest copy returns none).
 */
final class CatalinaContainerAdapter implements ContainerAdapter {

    /** Catalina's request attribute with the session versions of the request, by context path. */
    static final String SESSION_VERSIONS = "com.sun.enterprise.http.sessionVersions";
    /** The version Catalina gives a session it creates. */
    static final String NEW_SESSION_VERSION = "0";

    private static final Logger LOG = Logger.getLogger(CatalinaContainerAdapter.class.getName());

    private final String serverInfo;
    private final String contextPath;
    private final WeldSessionRefresh weld;
    private final Map<String, String> declaredCookieAttributes;
    /** What {@link ContainerAdapter#NEWEST_VERSION} means to this application's session manager, found on first use. */
    private volatile String newestVersion;
    /** Copy-on-write, by facade class: a request never pays for a lookup once its class was seen. */
    private volatile Map<Class<?>, CatalinaRequestMethods> methods = Map.of();

    /**
     * @param serverInfo               the server's {@code getServerInfo()}, for messages
     * @param contextPath              the application's context path, {@code /} for the root
     * @param weld                     Weld's session refresh for the application
     * @param declaredCookieAttributes the cookie attributes declared in web.xml
     */
    CatalinaContainerAdapter(String serverInfo, String contextPath, WeldSessionRefresh weld,
                             Map<String, String> declaredCookieAttributes) {
        this.serverInfo = serverInfo;
        this.contextPath = contextPath;
        this.weld = weld;
        this.declaredCookieAttributes = Map.copyOf(declaredCookieAttributes);
    }

    /**
     * @param context the web application's context, during deployment
     * @return the adapter for that application
     */
    static CatalinaContainerAdapter of(ServletContext context) {
        String path = context.getContextPath();
        return new CatalinaContainerAdapter(String.valueOf(context.getServerInfo()),
                path == null || path.isEmpty() ? "/" : path, WeldSessionRefresh.forClassLoader(context.getClassLoader()), WebXmlCookieAttributes.of(context));
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        ServletRequest facade = ServletRequests.innermost(request);
        CatalinaRequestMethods m = methodsFor(facade);
        Object catalina = m.catalinaRequest(facade);
        // CoyoteAdapter locked the session it resolved itself (a ;jsessionid= in the URL), or an earlier bind
        // locked its session; CoyoteAdapter unlocks only the request's session at the end, so release it here
        m.unlockCachedSession(catalina);
        request(m, catalina, sessionId, version);
        HttpSession session = request.getSession(false);
        if (session == null && sessionId != null) {
            request(m, catalina, null, null);
        } else if (session != null) {
            // as CoyoteAdapter does for the session it resolves: hold its foreground lock for the request, so
            // the manager's background work (expiry, swap-out, persistence) leaves a session in use alone
            m.lockSession(catalina);
        }
        return session;
    }

    /**
     * Reads the manager's map of resident sessions (Catalina's {@code ManagerBase.sessions}) directly: unlike
     * {@code Request.getSession}, which calls {@code Session.access()} (the last-access time) and after which
     * {@code CoyoteAdapter} holds the foreground lock, a map read changes nothing, and unlike
     * {@code PersistentManagerBase.findSession} it never loads a session from a store or another node.
     */
    @Override
    public boolean peeks() {
        return true;
    }

    @Override
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        ServletRequest facade = ServletRequests.innermost(request);
        CatalinaRequestMethods m = methodsFor(facade);
        Object manager = m.manager(m.catalinaRequest(facade));
        Map<?, ?> sessions = manager == null ? null : m.residentSessions(manager);
        Object session = sessions == null ? null : sessions.get(sessionId);
        return session == null ? null : (HttpSession) m.facadeOf(session);
    }

    /**
     * Clears the requested id and drops the cached session without a lookup and without taking a lock. The lock
     * {@code CoyoteAdapter} took on a session from a {@code ;jsessionid=} is released first, on a best-effort basis:
     * if that fails the session stays locked until it is resolved again, which is the lesser harm.
     */
    @Override
    public void detach(HttpServletRequest request) {
        ServletRequest facade = ServletRequests.innermost(request);
        CatalinaRequestMethods m = methodsFor(facade);
        Object catalina = m.catalinaRequest(facade);
        try {
            m.unlockCachedSession(catalina);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the session dropped by detach could not be unlocked", e);
        }
        request(m, catalina, null, null);
    }

    @Override
    public void refreshSessionCaches(HttpServletRequest request) {
        weld.refresh(request);
    }

    @Override
    public RetiredSessionIds retiredSessionIds(String clusterStore) {
        return new ClusterRetiredSessionIds(clusterStrings(clusterStore, "retired-ids"));
    }

    @Override
    public ClusterStrings clusterStrings(String clusterStore, String name) {
        try {
            return HazelcastClusterStrings.lookUp(clusterStore, "session-jwt." + name + ":" + contextPath);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + ". Enable Payara's Hazelcast (on by default) and its"
                    + " web-session persistence and set this key to where it is bound", e);
        }
    }

    @Override
    public Map<String, String> declaredCookieAttributes() {
        return declaredCookieAttributes;
    }

    @Override
    public CallerPrincipals callerPrincipals() {
        return GlassFishCallerPrincipals.INSTANCE;
    }

    /**
     * {@value #NEW_SESSION_VERSION}: Catalina's {@code StandardSession} starts at version -1 and
     * {@code Request.doGetSession} counts a session it creates once, after the session listeners ran.
     */
    @Override
    public String newSessionVersion() {
        return NEW_SESSION_VERSION;
    }

    @Override
    public String sessionVersion(HttpServletRequest request) {
        if (!(request.getAttribute(SESSION_VERSIONS) instanceof Map<?, ?> versions)) {
            return null;
        }
        String path = request.getContextPath();
        Object version = versions.get(path == null || path.isEmpty() ? "/" : path);
        return version == null ? null : version.toString();
    }

    @Override
    public HttpServletResponse responseOf(HttpServletRequest request) {
        ServletRequest facade = ServletRequests.innermost(request);
        CatalinaRequestMethods m = methodsFor(facade);
        Object catalinaResponse = m.catalinaResponse(m.catalinaRequest(facade));
        if (catalinaResponse == null) {
            return null;
        }
        Object response = m.responseFacade(catalinaResponse);
        return response instanceof HttpServletResponse http ? http : null;
    }

    private void request(CatalinaRequestMethods m, Object catalina, String sessionId, String version) {
        if (version != null) {
            // only replicated sessions pass one; other managers ignore the version, so it is left alone there
            m.setRequestedSessionVersion(catalina, NEWEST_VERSION.equals(version) ? newest(catalina) : version);
        }
        m.requestSession(catalina, sessionId);
    }

    /** The version that asks the application's session manager for its newest copy (see the class comment). */
    private String newest(Object catalina) {
        String newest = newestVersion;
        if (newest == null) {
            newest = Long.toString(Long.MAX_VALUE);
            try {
                Object context = catalina.getClass().getMethod("getContext").invoke(catalina);
                Object manager = context.getClass().getMethod("getManager").invoke(context);
                if (Boolean.FALSE.equals(manager.getClass().getMethod("isRelaxCacheVersionSemantics").invoke(manager))) {
                    newest = "0";
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a manager without the setting: Payara's default, relaxed
            }
            newestVersion = newest;
        }
        return newest;
    }

    private CatalinaRequestMethods methodsFor(ServletRequest facade) {
        CatalinaRequestMethods m = methods.get(facade.getClass());
        return m != null ? m : lookUp(facade.getClass());
    }

    private synchronized CatalinaRequestMethods lookUp(Class<?> facadeClass) {
        CatalinaRequestMethods m = methods.get(facadeClass);
        if (m == null) {
            try {
                m = new CatalinaRequestMethods(serverInfo, facadeClass);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
            Map<Class<?>, CatalinaRequestMethods> known = new HashMap<>(methods);
            known.put(facadeClass, m);
            methods = Map.copyOf(known);
        }
        return m;
    }
}
