package dev.sessionjwt.internal.container.catalina;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;

import dev.sessionjwt.internal.container.UnsupportedContainerException;

/**
 * The Catalina members {@link CatalinaContainerAdapter} uses (public methods, and two protected fields), found once per
 * request facade class and called as method handles of erased types ({@code Object} for every Catalina type): a
 * request makes about fifteen of these calls, and {@code Method.invoke} paid for each an access check, an argument
 * array and boxing (on Payara Micro 7, Java 25, 40 % of the library's samples in a JFR recording of the steady state).
 * Whatever a Catalina member throws is reported as an {@link UnsupportedContainerException}.
 */
final class CatalinaRequestMethods {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);
    private static final MethodType ACTION = MethodType.methodType(void.class, Object.class);
    private static final MethodType SET_STRING = MethodType.methodType(void.class, Object.class, String.class);
    private static final MethodType SET_FLAG = MethodType.methodType(void.class, Object.class, boolean.class);
    private static final MethodType SET_OBJECT = MethodType.methodType(void.class, Object.class, Object.class);

    private final String serverInfo;
    /** {@code RequestFacade.getUnwrappedCoyoteRequest()}: the facade's Catalina request. */
    private final MethodHandle unwrap;
    private final MethodHandle setRequestedSessionId;
    private final MethodHandle setRequestedSessionCookie;
    private final MethodHandle setRequestedSessionUrl;
    private final MethodHandle setUnsuccessfulSessionFind;
    private final MethodHandle setSession;
    private final MethodHandle getResponse;
    private final MethodHandle lockSession;
    /** Catalina's protected {@code session}: the session the request resolved, without a lookup. */
    private final MethodHandle cachedSession;
    /** {@code org.apache.catalina.Session.unlockForeground()}. */
    private final MethodHandle unlockForeground;
    /** Sets Catalina's protected {@code requestedSessionVersion}; null if this Catalina has none. */
    private final MethodHandle requestedSessionVersion;
    /** {@code Request.getContext()}, {@code Context.getManager()}, {@code Session.getSession()} (for peeking). */
    private final MethodHandle getContext;
    private final MethodHandle getManager;
    private final MethodHandle facadeOfSession;
    /** {@code ManagerBase.sessions} of the last manager class seen (a manager without it peeks at nothing). */
    private volatile ClassMember sessionsField;
    /** {@code getResponse()} of the last Catalina response class seen: its facade. */
    private volatile ClassMember responseFacade;

    CatalinaRequestMethods(String serverInfo, Class<?> facadeClass) throws ReflectiveOperationException {
        this.serverInfo = serverInfo;
        Method unwrapMethod = facadeClass.getMethod("getUnwrappedCoyoteRequest");
        this.unwrap = handle(unwrapMethod, GETTER);
        Class<?> catalina = unwrapMethod.getReturnType();
        this.setRequestedSessionId = handle(catalina.getMethod("setRequestedSessionId", String.class), SET_STRING);
        this.setRequestedSessionCookie = handle(catalina.getMethod("setRequestedSessionCookie", boolean.class),
                SET_FLAG);
        this.setRequestedSessionUrl = handle(catalina.getMethod("setRequestedSessionURL", boolean.class), SET_FLAG);
        this.setUnsuccessfulSessionFind = handle(catalina.getMethod("setUnsuccessfulSessionFind", boolean.class),
                SET_FLAG);
        this.setSession = handle(singleArgument(catalina, "setSession"), SET_OBJECT);
        this.getResponse = handle(catalina.getMethod("getResponse"), GETTER);
        this.lockSession = handle(catalina.getMethod("lockSession"), ACTION);
        Field session = accessibleField(catalina, "session", null);
        if (session == null) {
            throw new NoSuchFieldException(catalina.getName() + ".session");
        }
        this.cachedSession = LOOKUP.unreflectGetter(session).asType(GETTER);
        this.unlockForeground = handle(session.getType().getMethod("unlockForeground"), ACTION);
        Field version = accessibleField(catalina, "requestedSessionVersion", String.class);
        this.requestedSessionVersion = version == null ? null : LOOKUP.unreflectSetter(version).asType(SET_STRING);
        Method getContextMethod = catalina.getMethod("getContext");
        this.getContext = handle(getContextMethod, GETTER);
        this.getManager = handle(getContextMethod.getReturnType().getMethod("getManager"), GETTER);
        this.facadeOfSession = handle(session.getType().getMethod("getSession"), GETTER);
    }

    /** A class and a getter found on it (null if it has none). */
    private record ClassMember(Class<?> owner, MethodHandle getter) {
    }

    /** The facade's Catalina request. */
    Object catalinaRequest(Object facade) {
        try {
            return (Object) unwrap.invokeExact(facade);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /**
     * Makes the request see {@code sessionId} (or nothing) as its requested session id, from a cookie, with no session
     * cached and no failed lookup remembered.
     */
    void requestSession(Object catalina, String sessionId) {
        try {
            setSession.invokeExact(catalina, (Object) null);
            setRequestedSessionId.invokeExact(catalina, sessionId);
            setRequestedSessionCookie.invokeExact(catalina, sessionId != null);
            setRequestedSessionUrl.invokeExact(catalina, false);
            setUnsuccessfulSessionFind.invokeExact(catalina, false);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** {@code Request.lockSession()}: the foreground lock of the request's session, as {@code CoyoteAdapter} takes. */
    void lockSession(Object catalina) {
        try {
            lockSession.invokeExact(catalina);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** Releases the foreground lock of the session the request has resolved so far, if any. */
    void unlockCachedSession(Object catalina) {
        try {
            Object session = (Object) cachedSession.invokeExact(catalina);
            if (session != null) {
                unlockForeground.invokeExact(session);
            }
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The application's session manager: {@code Request.getContext().getManager()}, or null. */
    Object manager(Object catalina) {
        try {
            Object context = (Object) getContext.invokeExact(catalina);
            return context == null ? null : (Object) getManager.invokeExact(context);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** {@code Session.getSession()}: the servlet session of a Catalina session. */
    Object facadeOf(Object session) {
        try {
            return (Object) facadeOfSession.invokeExact(session);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The request's Catalina response, or null. */
    Object catalinaResponse(Object catalina) {
        try {
            return (Object) getResponse.invokeExact(catalina);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The servlet response of a Catalina response ({@code Response.getResponse()}). */
    Object responseFacade(Object catalinaResponse) {
        ClassMember known = responseFacade;
        if (known == null || known.owner != catalinaResponse.getClass()) {
            try {
                known = new ClassMember(catalinaResponse.getClass(),
                        handle(catalinaResponse.getClass().getMethod("getResponse"), GETTER));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
            responseFacade = known;
        }
        try {
            return (Object) known.getter.invokeExact(catalinaResponse);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** The manager's map of resident sessions by id, or null if its class keeps none under that name. */
    Map<?, ?> residentSessions(Object manager) {
        ClassMember known = sessionsField;
        if (known == null || known.owner != manager.getClass()) {
            Field field = accessibleField(manager.getClass(), "sessions", null);
            try {
                known = new ClassMember(manager.getClass(),
                        field == null ? null : LOOKUP.unreflectGetter(field).asType(GETTER));
            } catch (IllegalAccessException e) {
                throw new UnsupportedContainerException(serverInfo, e);
            }
            sessionsField = known;
        }
        if (known.getter == null) {
            return null;
        }
        try {
            return (Object) known.getter.invokeExact(manager) instanceof Map<?, ?> map ? map : null;
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    void setRequestedSessionVersion(Object catalina, String version) {
        if (requestedSessionVersion == null) {
            throw new UnsupportedContainerException(serverInfo, new NoSuchFieldException(
                    catalina.getClass().getName() + ".requestedSessionVersion, which replicated sessions need"));
        }
        try {
            requestedSessionVersion.invokeExact(catalina, version);
        } catch (Throwable e) {
            throw failure(e);
        }
    }

    /** What a Catalina member threw, as the adapter reports it; the JVM's own failures pass unchanged. */
    private RuntimeException failure(Throwable e) {
        if (e instanceof VirtualMachineError fatal) {
            throw fatal;
        }
        return new UnsupportedContainerException(serverInfo, e);
    }

    /** The method as a handle of the erased type, without access checks on each call. */
    private static MethodHandle handle(Method method, MethodType erased) throws IllegalAccessException {
        makeAccessible(method);
        return LOOKUP.unreflect(method).asType(erased);
    }

    /** Suppresses the access check where the runtime allows it (a public member needs none). */
    private static void makeAccessible(AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // a public member of an exported package is called with the check
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

    private static Method singleArgument(Class<?> type, String name) throws NoSuchMethodException {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 1) {
                return method;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "(Session)");
    }
}
