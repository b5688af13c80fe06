package dev.sessionjwt.it.app;

import java.io.IOException;

import org.apache.catalina.Session;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only view into Catalina's session locks: {@code ?create} creates a session; otherwise the answer is
 * {@code own=<id>:<locked> other=<id>:<locked>} for the request's session and the session {@code ?other=}
 * names, where {@code locked} is whether the session holds a foreground (request) lock right now.
 */
@WebServlet("/lock")
public class SessionLockProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if (request.getParameter("create") != null) {
            response.getWriter().write(request.getSession(true).getId());
            return;
        }
        org.apache.catalina.connector.Request catalina = (org.apache.catalina.connector.Request)
                call(unwrap(request), "getUnwrappedCoyoteRequest");
        Session own = catalina.getSessionInternal(false);
        String otherId = request.getParameter("other");
        Session other = otherId == null ? null : catalina.getContext().getManager().findSession(otherId);
        response.getWriter().write("own=" + describe(own) + " other=" + describe(other));
    }

    private static String describe(Session session) {
        return session == null ? "none" : session.getIdInternal() + ":" + call(session, "isForegroundLocked");
    }

    /** Payara's and GlassFish's own Catalina members, which Tomcat's Catalina (the test sources' compile path) lacks. */
    private static Object call(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServletRequest unwrap(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current;
    }
}
