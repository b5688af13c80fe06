package dev.sessionjwt.it.ee11.app;

import java.io.IOException;

import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /platform}: what the server runs on, as the application sees it, one {@code name=value} a line: the Java
 * feature version, the Servlet version of the container, and whether CDI 4.1's and Jakarta Security 4.0's new types
 * are there; with {@code ?session=create} it also creates a session, so that the library issues a token.
 */
@WebServlet("/platform")
public class PlatformServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("create".equals(request.getParameter("session"))) {
            request.getSession(true);
        }
        ServletContext context = getServletContext();
        response.setContentType("text/plain");
        response.getWriter().write("java=" + Runtime.version().feature() + "\n"
                + "servlet=" + context.getMajorVersion() + "." + context.getMinorVersion() + "\n"
                + "cdi41=" + visible("jakarta.enterprise.invoke.Invoker") + "\n"
                + "security40=" + visible("jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition")
                + "\n"
                + "session=" + (request.getSession(false) == null ? "none" : request.getSession(false).getId()) + "\n");
    }

    private static boolean visible(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
