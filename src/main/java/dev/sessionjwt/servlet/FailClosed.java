package dev.sessionjwt.servlet;

import java.io.IOException;
import java.util.logging.Logger;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What happens to a request whose binding failed: it must reach no session at all, not even one the container
 * resolved by itself (a {@code ;jsessionid=} in the URL). First the adapter's minimal {@link ContainerAdapter#detach}
 * and a refresh of the session caches; the request then continues without a session. If that fails too, the
 * container's session state for the request is unknown (its own lookup, Weld's session holder), so no application
 * code may run.
 *
 * <p>The library's listener marks each request it bound or detached ({@link #admit}); the library's filter answers
 * every request without that mark with {@value #STATUS} and a short plain text, without running the chain, without
 * {@code sendError} (an error page would run application code against the same request) and without any cookie. So a
 * request reaches the application only if the listener positively finished with it: not when detaching failed, not
 * when the listener failed before it could even start (its runtime could not be built), not when it never ran.
 */
final class FailClosed {

    /** Request attribute marking a request the listener bound, or detached from every session. */
    static final String ADMITTED = "dev.sessionjwt.admitted";
    /** The status of a refused request: the server cannot serve it now; a retry may succeed. */
    static final int STATUS = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    private static final Logger LOG = Logger.getLogger(FailClosed.class.getName());
    private static final String BODY = "The service cannot handle this request right now. Please try again.\n";

    private FailClosed() {
    }

    /**
     * Marks a request the listener has bound to its token's session, or to none: it may reach the application.
     *
     * @param request the request, not null
     */
    static void admit(HttpServletRequest request) {
        request.setAttribute(ADMITTED, Boolean.TRUE);
    }

    /**
     * Detaches the request from every session after its binding failed and admits it, or leaves it refused when even
     * that fails.
     *
     * @param adapter the container adapter, not null
     * @param request the request, not null
     * @param state   the library's state of the request, or null if it was not created
     */
    static void detach(ContainerAdapter adapter, HttpServletRequest request, RequestState state) {
        if (state != null) {
            state.unbind();
        }
        try {
            adapter.detach(request);
            adapter.refreshSessionCaches(request);
        } catch (RuntimeException | LinkageError e) {
            Message.DETACH_FAILED.log(LOG, e, Integer.toString(STATUS));
            request.removeAttribute(ADMITTED);
            return;
        }
        admit(request);
    }

    /**
     * @param request the request, not null
     * @return whether the listener did not admit it ({@link #admit}): it must not reach the application
     */
    static boolean isRefused(HttpServletRequest request) {
        return !Boolean.TRUE.equals(request.getAttribute(ADMITTED));
    }

    /**
     * Answers a refused request: {@value #STATUS}, no cookie, not cached, a short text (nothing about the cause).
     *
     * @param response the response, not null
     * @throws IOException if the body cannot be written
     */
    static void answer(HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(STATUS);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Retry-After", "1");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(BODY);
        response.flushBuffer();
    }
}
