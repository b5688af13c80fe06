package dev.sessionjwt.it.ee11.app;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * What Servlet 6.1 added for sessions and redirects, used by an application with the library, compiled against
 * Servlet 6.1 (Tomcat 11's API):
 * <ul>
 * <li>{@code redirect?variant=status|clear|both}: creates a session (the library owes it a token), then redirects with
 * {@code sendRedirect(String, int)}, {@code (String, boolean)} or {@code (String, int, boolean)};</li>
 * <li>{@code session}: the bound session's id and its attributes {@code n} and {@code note};</li>
 * <li>{@code accessor-keep?key=}: creates a session and keeps its {@code HttpSession.Accessor} under the key;
 * {@code accessor-use?key=}: through it, outside any request of that session, sets {@code note}
 * ("accessed", or "invalid" when the accessor throws {@link IllegalStateException});</li>
 * <li>{@code rotate}: {@code changeSessionId()}, as a login through the library does; {@code end}: invalidates.</li>
 * </ul>
 */
@WebServlet("/s61/*")
public class Servlet61Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, HttpSession.Accessor> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        switch (String.valueOf(request.getPathInfo())) {
            case "/redirect" -> redirect(request, response);
            case "/session" -> {
                HttpSession session = request.getSession(false);
                response.getWriter().print(session == null ? "session=none" : "session=" + session.getId()
                        + " n=" + session.getAttribute("n") + " note=" + session.getAttribute("note"));
            }
            case "/accessor-keep" -> {
                HttpSession session = request.getSession(true);
                HttpSession.Accessor accessor = session.getAccessor();
                if (accessor == null) {
                    response.getWriter().print("no accessor " + session.getId());
                    return;
                }
                ACCESSORS.put(request.getParameter("key"), accessor);
                response.getWriter().print("kept " + session.getId());
            }
            case "/accessor-use" -> {
                HttpSession.Accessor accessor = ACCESSORS.get(request.getParameter("key"));
                if (accessor == null) {
                    response.getWriter().print("no accessor");
                    return;
                }
                try {
                    accessor.access(session -> session.setAttribute("note", "set-by-accessor"));
                    response.getWriter().print("accessed");
                } catch (IllegalStateException e) {
                    response.getWriter().print("invalid");
                }
            }
            case "/rotate" -> response.getWriter().print("rotated " + request.changeSessionId());
            case "/end" -> {
                request.getSession(true).invalidate();
                response.getWriter().print("ended");
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getSession(true).setAttribute("n", "1");
        switch (String.valueOf(request.getParameter("variant"))) {
            case "status" -> response.sendRedirect("session", HttpServletResponse.SC_SEE_OTHER);
            case "clear" -> response.sendRedirect("session", false);
            case "both" -> response.sendRedirect("session", HttpServletResponse.SC_TEMPORARY_REDIRECT, true);
            default -> throw new IllegalArgumentException("variant");
        }
    }
}
