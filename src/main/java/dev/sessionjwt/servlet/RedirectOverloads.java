package dev.sessionjwt.servlet;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The {@code sendRedirect} overloads that Servlet 6.1 (Jakarta EE 11) added to {@link HttpServletResponse}:
 * {@code (String, int)}, {@code (String, boolean)} and {@code (String, int, boolean)} (status code, whether to clear
 * the buffer). The library is built against Servlet 6.0, where they do not exist, so each is found on the servlet API
 * the server has, once, and called on the response a wrapper wraps. On a Servlet 6.0 server they are absent and never
 * called: no application compiled against 6.0 can call them.
 */
final class RedirectOverloads {

    private static final MethodHandle WITH_STATUS = find(int.class);
    private static final MethodHandle WITH_CLEAR = find(boolean.class);
    private static final MethodHandle WITH_BOTH = find(int.class, boolean.class);

    private RedirectOverloads() {
    }

    private static MethodHandle find(Class<?>... after) {
        Class<?>[] parameters = new Class<?>[after.length + 1];
        parameters[0] = String.class;
        System.arraycopy(after, 0, parameters, 1, after.length);
        try {
            return MethodHandles.publicLookup().findVirtual(HttpServletResponse.class, "sendRedirect",
                    MethodType.methodType(void.class, parameters));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // Servlet 6.0
        }
    }

    /** {@code response.sendRedirect(location, status)} of Servlet 6.1. */
    static void sendRedirect(HttpServletResponse response, String location, int status) throws IOException {
        invoke(WITH_STATUS, response, location, status);
    }

    /** {@code response.sendRedirect(location, clearBuffer)} of Servlet 6.1. */
    static void sendRedirect(HttpServletResponse response, String location, boolean clearBuffer) throws IOException {
        invoke(WITH_CLEAR, response, location, clearBuffer);
    }

    /** {@code response.sendRedirect(location, status, clearBuffer)} of Servlet 6.1. */
    static void sendRedirect(HttpServletResponse response, String location, int status, boolean clearBuffer)
            throws IOException {
        invoke(WITH_BOTH, response, location, status, clearBuffer);
    }

    private static void invoke(MethodHandle overload, HttpServletResponse response, Object... arguments)
            throws IOException {
        if (overload == null) {
            throw new UnsupportedOperationException("this server's servlet API has no such sendRedirect (Servlet 6.1)");
        }
        Object[] all = new Object[arguments.length + 1];
        all[0] = response;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        try {
            overload.invokeWithArguments(all);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
