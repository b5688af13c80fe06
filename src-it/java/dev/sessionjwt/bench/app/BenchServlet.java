package dev.sessionjwt.bench.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET login} creates a session; {@code GET hit} answers {@code ok <n>} with the session's request
 * count from a {@code @SessionScoped} bean, or 403 {@code none} when the request reached no session (the
 * benchmark counts that as an error).
 */
@WebServlet(urlPatterns = {"/login", "/hit"})
public class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Visits visits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if ("/login".equals(request.getServletPath())) {
            request.getSession(true);
            response.getWriter().write("created");
            return;
        }
        if (request.getSession(false) == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write("none");
            return;
        }
        response.getWriter().write("ok " + visits.next());
    }
}
