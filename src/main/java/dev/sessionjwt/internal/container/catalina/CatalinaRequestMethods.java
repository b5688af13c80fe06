package dev.sessionjwt.internal.container.catalina;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

import dev.sessionjwt.internal.container.UnsupportedContainerException;

/**
 * The public Catalina methods (and the two protected fields) {@link CatalinaContainerAdapter} uses, looked up
 * once per request facade class.
 */
final class CatalinaRequestMethods {
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
    /** {@code Request.getContext()}, {@code Context.getManager()}, {@code Session.getSession()} (for peeking). */
    final Method getContext;
    final Method getManager;
    final Method facadeOfSession;
    /** {@code ManagerBase.sessions} of the last manager class seen (a manager without it peeks at nothing). */
    private volatile ManagerField sessionsField;
    private final String serverInfo;
    private volatile Method responseFacade;

    CatalinaRequestMethods(String serverInfo, Class<?> facadeClass) throws ReflectiveOperationException {
        this.serverInfo = serverInfo;
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

    /** A manager class and its field of resident sessions (null if it has none). */
    private record ManagerField(Class<?> managerClass, Field field) {
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
