package dev.sessionjwt.demo.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The demo's JSON API: {@code GET api/session} (creates the session unless {@code ?create=false}),
 * {@code POST api/counter} (increments the session counter) and {@code POST api/logout} (logs the caller out and invalidates the session).
 */
@WebServlet(urlPatterns = {"/api/session", "/api/counter", "/api/logout"})
public class DemoApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Counter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/api/session".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (!"false".equals(request.getParameter("create"))) {
            request.getSession(true);
        }
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/api/counter" -> {
                request.getSession(true);
                counter.increment();
            }
            case "/api/logout" -> {
                try {
                    request.logout();
                } catch (jakarta.servlet.ServletException e) {
                    throw new IOException(e);
                }
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            default -> {
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
                return;
            }
        }
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store"); // the session id and claims of one user: no cache keeps them
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(SessionJson.of(request, counter));
    }
}
