package dev.sessionjwt.bench.app;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET login} creates a session; {@code GET hit} answers {@code ok <n>} with the session's request
 * count, or 403 {@code none} when the request reached no session (the benchmark counts that as an error).
 */
@WebServlet(urlPatterns = {"/login", "/hit"})
public class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HITS = "bench.hits";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if ("/login".equals(request.getServletPath())) {
            request.getSession(true).setAttribute(HITS, new AtomicLong());
            response.getWriter().write("created");
            return;
        }
        HttpSession session = request.getSession(false);
        Object hits = session == null ? null : session.getAttribute(HITS);
        if (!(hits instanceof AtomicLong counter)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write("none");
            return;
        }
        response.getWriter().write("ok " + counter.incrementAndGet());
    }
}
