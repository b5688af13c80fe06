package dev.sessionjwt.container;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link ContainerAdapter} for Payara 6 and GlassFish 7 (Catalina's request under a facade), used
 * through public methods found reflectively once, so the library has no compile-time tie to Payara.
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
 * context path ({@code /} for the root) to version. For {@link #NEWEST_VERSION} the adapter requests the
 * version that makes that manager compare its local copy with the replicated one: the largest long under its
 * default "relaxed" cache version semantics (any version up to the local copy's returns the local copy), and
 * 0 under strict semantics (a version above the newest copy returns none).
 */
final class PayaraContainerAdapter implements ContainerAdapter {

    /** Catalina's request attribute with the session versions of the request, by context path. */
    static final String SESSION_VERSIONS = "com.sun.enterprise.http.sessionVersions";
    /** The version Catalina gives a session it creates. */
    static final String NEW_SESSION_VERSION = "0";

    private final String serverInfo;
    /** What {@link #NEWEST_VERSION} means to this application's session manager, found on first use. */
    private volatile String newestVersion;
    /** Copy-on-write, by facade class: a request never pays for a lookup once its class was seen. */
    private volatile Map<Class<?>, CatalinaMethods> methods = Map.of();

    PayaraContainerAdapter(String serverInfo) {
        this.serverInfo = serverInfo;
    }

    @Override
    public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
        ServletRequest facade = unwrap(request);
        CatalinaMethods m = methodsFor(facade);
        Object catalina = m.invoke(m.unwrap, facade);
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
            m.invoke(m.lockSession, catalina);
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
    public HttpSession peek(HttpServletRequest request, String sessionId) {
        ServletRequest facade = unwrap(request);
        CatalinaMethods m = methodsFor(facade);
        Object manager = m.invoke(m.getManager, m.invoke(m.getContext, m.invoke(m.unwrap, facade)));
        Map<?, ?> sessions = manager == null ? null : m.residentSessions(manager);
        Object session = sessions == null ? null : sessions.get(sessionId);
        return session == null ? null : (HttpSession) m.invoke(m.facadeOfSession, session);
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
        ServletRequest facade = unwrap(request);
        CatalinaMethods m = methodsFor(facade);
        Object catalinaResponse = m.invoke(m.getResponse, m.invoke(m.unwrap, facade));
        if (catalinaResponse == null) {
            return null;
        }
        Object response = m.invoke(m.responseFacade(catalinaResponse.getClass()), catalinaResponse);
        return response instanceof HttpServletResponse http ? http : null;
    }

    private void request(CatalinaMethods m, Object catalina, String sessionId, String version) {
        if (version != null) {
            // only replicated sessions pass one; other managers ignore the version, so it is left alone there
            m.setRequestedSessionVersion(catalina, NEWEST_VERSION.equals(version) ? newest(catalina) : version);
        }
        m.invoke(m.setSession, catalina, (Object) null);
        m.invoke(m.setRequestedSessionId, catalina, sessionId);
        m.invoke(m.setRequestedSessionCookie, catalina, sessionId != null);
        m.invoke(m.setRequestedSessionUrl, catalina, false);
        m.invoke(m.setUnsuccessfulSessionFind, catalina, false);
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

    private static ServletRequest unwrap(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current;
    }

    private CatalinaMethods methodsFor(ServletRequest facade) {
        CatalinaMethods m = methods.get(facade.getClass());
        return m != null ? m : lookUp(facade.getClass());
    }

    private synchronized CatalinaMethods lookUp(Class<?> facadeClass) {
        CatalinaMethods m = methods.get(facadeClass);
        if (m == null) {
            try {
                m = new CatalinaMethods(facadeClass);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
            Map<Class<?>, CatalinaMethods> known = new HashMap<>(methods);
            known.put(facadeClass, m);
            methods = Map.copyOf(known);
        }
        return m;
    }

    /** A manager class and its field of resident sessions (null if it has none). */
    private record ManagerField(Class<?> managerClass, Field field) {
    }

    /** The public Catalina methods the adapter calls, looked up once per facade class. */
    private final class CatalinaMethods {
        final Method unwrap;
        final Method setRequestedSessionId;
        final Method setRequestedSessionCookie;
        final Method setRequestedSessionUrl;
        final Method setUnsuccessfulSessionFind;
        final Method setSession;
        final Method getResponse;
        final Method lockSession;
        /** Catalina's protected {@code session}: the session the request resolved, without a lookup. */
        final Field cachedSession;
        /** {@code org.apache.catalina.Session.unlockForeground()}. */
        final Method unlockForeground;
        /** Catalina's protected {@code requestedSessionVersion}, or null if this Catalina has none. */
        final Field requestedSessionVersion;
        /** {@code Request.getContext()}, {@code Context.getManager()}, {@code Session.getSession()}. */
        final Method getContext;
        final Method getManager;
        final Method facadeOfSession;
        /** {@code ManagerBase.sessions} of the last manager class seen (a manager without it peeks at nothing). */
        private volatile ManagerField sessionsField;
        private volatile Method responseFacade;

        CatalinaMethods(Class<?> facadeClass) throws ReflectiveOperationException {
            this.unwrap = facadeClass.getMethod("getUnwrappedCoyoteRequest");
            Class<?> catalina = unwrap.getReturnType();
            this.setRequestedSessionId = catalina.getMethod("setRequestedSessionId", String.class);
            this.setRequestedSessionCookie = catalina.getMethod("setRequestedSessionCookie", boolean.class);
            this.setRequestedSessionUrl = catalina.getMethod("setRequestedSessionURL", boolean.class);
            this.setUnsuccessfulSessionFind = catalina.getMethod("setUnsuccessfulSessionFind", boolean.class);
            this.setSession = singleArgument(catalina, "setSession");
            this.getResponse = catalina.getMethod("getResponse");
            this.lockSession = catalina.getMethod("lockSession");
            this.cachedSession = accessibleField(catalina, "session", null);
            if (cachedSession == null) {
                throw new NoSuchFieldException(catalina.getName() + ".session");
            }
            this.unlockForeground = cachedSession.getType().getMethod("unlockForeground");
            this.requestedSessionVersion = accessibleField(catalina, "requestedSessionVersion", String.class);
            this.getContext = catalina.getMethod("getContext");
            this.getManager = getContext.getReturnType().getMethod("getManager");
            this.facadeOfSession = cachedSession.getType().getMethod("getSession");
        }

        /** The manager's map of resident sessions by id, or null if its class keeps none under that name. */
        Map<?, ?> residentSessions(Object manager) {
            ManagerField known = sessionsField;
            if (known == null || known.managerClass != manager.getClass()) {
                known = new ManagerField(manager.getClass(), accessibleField(manager.getClass(), "sessions", null));
                sessionsField = known;
            }
            if (known.field == null) {
                return null;
            }
            try {
                return known.field.get(manager) instanceof Map<?, ?> map ? map : null;
            } catch (IllegalAccessException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
        }

        void setRequestedSessionVersion(Object catalina, String version) {
            if (requestedSessionVersion == null) {
                throw new UnsupportedContainerException(serverInfo, new NoSuchFieldException(
                        catalina.getClass().getName() + ".requestedSessionVersion, which replicated sessions need"));
            }
            try {
                requestedSessionVersion.set(catalina, version);
            } catch (IllegalAccessException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
        }

        /** Releases the foreground lock of the session the request has resolved so far, if any. */
        void unlockCachedSession(Object catalina) {
            Object session;
            try {
                session = cachedSession.get(catalina);
            } catch (IllegalAccessException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
            if (session != null) {
                invoke(unlockForeground, session);
            }
        }

        /** The named field of the class or a superclass, accessible, if its type is {@code type} (any if null). */
        private static Field accessibleField(Class<?> type, String name, Class<?> fieldType) {
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                try {
                    Field field = current.getDeclaredField(name);
                    if (fieldType != null && field.getType() != fieldType) {
                        return null;
                    }
                    field.setAccessible(true);
                    return field;
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                } catch (RuntimeException e) {
                    return null;
                }
            }
            return null;
        }

        Method responseFacade(Class<?> catalinaResponse) {
            Method method = responseFacade;
            if (method == null || !method.getDeclaringClass().isAssignableFrom(catalinaResponse)) {
                try {
                    method = catalinaResponse.getMethod("getResponse");
                } catch (NoSuchMethodException e) {
                    throw new UnsupportedContainerException(serverInfo, e);
                }
                responseFacade = method;
            }
            return method;
        }

        Object invoke(Method method, Object target, Object... args) {
            try {
                return method.invoke(target, args);
            } catch (IllegalAccessException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            } catch (InvocationTargetException e) {
                throw new UnsupportedContainerException(serverInfo, e.getCause());
            }
        }

        private static Method singleArgument(Class<?> type, String name) throws NoSuchMethodException {
            for (Method method : type.getMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1) {
                    return method;
                }
            }
            throw new NoSuchMethodException(type.getName() + "." + name + "(Session)");
        }
    }
}
