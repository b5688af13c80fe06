package dev.sessionjwt.internal.container.liberty;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.http.HttpSession;

/**
 * The members of Liberty's web container that {@link LibertyContainerAdapter} uses, looked up once per application
 * at deployment, never per request. A member that is missing fails the deployment with {@code SJWT0017}, naming the
 * class, the member and the server.
 *
 * <p>Measured on Open Liberty 25.0.0.12: the request a listener sees is an {@value #REQUEST} (in servlet-6.0,
 * {@code io.openliberty.webcontainer60.srt.SRTServletRequest60}); {@code getSessionAffinityContext()} returns the
 * {@code Hashtable} of {@value #AFFINITY_CONTEXT}s by cookie key that the session manager reads the requested id
 * from; {@code getRequestContext()} holds, in the protected {@code webappToSessionMap}, the session each web
 * application resolved for the request, which {@code SRTRequestContext.finish()} releases at the end through
 * {@code WebApp.getSessionContext().sessionPostInvoke(session)}.
 */
final class LibertyMembers {

    /** Stable id of the message for a missing member. */
    static final String ID = Message.LIBERTY_MEMBER_MISSING.id();
    /** Liberty's request class, the one every servlet-version subclass extends. */
    static final String REQUEST = "com.ibm.ws.webcontainer.srt.SRTServletRequest";
    static final String REQUEST_CONTEXT = "com.ibm.ws.webcontainer.srt.SRTRequestContext";
    static final String AFFINITY_CONTEXT = "com.ibm.wsspi.session.SessionAffinityContext";
    static final String WEB_APP = "com.ibm.ws.webcontainer.webapp.WebApp";
    static final String SESSION_CONTEXT = "com.ibm.ws.webcontainer.session.IHttpSessionContext";

    final Class<?> request;
    final Method getSessionAffinityContext;
    final Method getRequestContext;
    final Method getResponse;
    final Field webappToSessionMap;
    final Constructor<?> newAffinityContext;
    final Method setRequestedSessionId;
    final Method setInputCloneInfo;
    final Method getSessionContext;
    final Method sessionPostInvoke;
    private final String serverInfo;

    private LibertyMembers(String serverInfo, Class<?> request, Class<?> requestContext, Class<?> affinityContext,
                           Class<?> webApp, Class<?> sessionContext) {
        this.serverInfo = serverInfo;
        this.request = request;
        this.getSessionAffinityContext = method(request, "getSessionAffinityContext");
        this.getRequestContext = method(request, "getRequestContext");
        this.getResponse = method(request, "getResponse");
        this.webappToSessionMap = field(requestContext, "webappToSessionMap", Map.class);
        this.newAffinityContext = constructor(affinityContext, List.class, boolean.class, boolean.class, boolean.class);
        this.setRequestedSessionId = method(affinityContext, "setRequestedSessionID", String.class);
        this.setInputCloneInfo = method(affinityContext, "setInputCloneInfo", String.class);
        this.getSessionContext = method(webApp, "getSessionContext");
        this.sessionPostInvoke = method(sessionContext, "sessionPostInvoke", HttpSession.class);
    }

    /**
     * @param serverInfo the server's {@code getServerInfo()}, for messages
     * @param request    Liberty's request class, as the server's class loader has it (see {@link #REQUEST})
     * @return the members, found through the loader of {@code request}
     * @throws IllegalStateException with {@code SJWT0017} naming what is missing
     */
    static LibertyMembers of(String serverInfo, Class<?> request) {
        ClassLoader loader = request.getClassLoader();
        return of(serverInfo, request, load(serverInfo, loader, REQUEST_CONTEXT), load(serverInfo, loader, AFFINITY_CONTEXT),
                load(serverInfo, loader, WEB_APP), load(serverInfo, loader, SESSION_CONTEXT));
    }

    /** The members of the given classes (a test passes classes that lack some). */
    static LibertyMembers of(String serverInfo, Class<?> request, Class<?> requestContext, Class<?> affinityContext,
                             Class<?> webApp, Class<?> sessionContext) {
        return new LibertyMembers(serverInfo, request, requestContext, affinityContext, webApp, sessionContext);
    }

    Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(missing(method.getDeclaringClass(), method.getName(), e.toString()), e);
        }
    }

    Object newAffinityContext(List<String> sessionIds, boolean fromCookie) {
        try {
            return newAffinityContext.newInstance(sessionIds, fromCookie, false, false);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(missing(newAffinityContext.getDeclaringClass(), "<init>", e.toString()), e);
        }
    }

    Map<?, ?> sessionsByWebApp(Object requestContext) {
        try {
            return (Map<?, ?>) webappToSessionMap.get(requestContext);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(missing(webappToSessionMap.getDeclaringClass(), webappToSessionMap.getName(),
                    e.toString()), e);
        }
    }

    private Method method(Class<?> type, String name, Class<?>... parameters) {
        try {
            return type.getMethod(name, parameters);
        } catch (NoSuchMethodException | SecurityException e) {
            throw new IllegalStateException(missing(type, name + signature(parameters), "no such public method"), e);
        }
    }

    private Constructor<?> constructor(Class<?> type, Class<?>... parameters) {
        try {
            return type.getConstructor(parameters);
        } catch (NoSuchMethodException | SecurityException e) {
            throw new IllegalStateException(missing(type, "<init>" + signature(parameters), "no such public constructor"), e);
        }
    }

    private Field field(Class<?> type, String name, Class<?> assignableTo) {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                Field field = current.getDeclaredField(name);
                if (!assignableTo.isAssignableFrom(field.getType())) {
                    throw new IllegalStateException(missing(type, name, "its type is " + field.getType().getName()
                            + ", not a " + assignableTo.getName()));
                }
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException && e.getMessage() != null && e.getMessage().startsWith(ID)) {
                    throw e;
                }
                throw new IllegalStateException(missing(type, name, e.toString()), e);
            }
        }
        throw new IllegalStateException(missing(type, name, "no such field"));
    }

    private static Class<?> load(String serverInfo, ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(message(serverInfo, name, "(the class)", e.toString()), e);
        }
    }

    private String missing(Class<?> type, String member, String problem) {
        return message(serverInfo, type.getName(), member, problem);
    }

    static String message(String serverInfo, String className, String member, String problem) {
        return Message.LIBERTY_MEMBER_MISSING.format(serverInfo, className, member, problem);
    }

    private static String signature(Class<?>... parameters) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < parameters.length; i++) {
            text.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
        }
        return text.append(')').toString();
    }
}
