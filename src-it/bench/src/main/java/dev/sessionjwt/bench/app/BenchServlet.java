package dev.sessionjwt.bench.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET login} creates a session; {@code GET hit} answers {@code ok <n>} with the session's request
 * count from a {@code @SessionScoped} bean, or 403 {@code none} when the request reached no session (the
 * benchmark counts that as an error); {@code GET visit} is a first visit: it creates a session that a crawler
 * would leave behind (it expires after {@value #VISIT_SECONDS} s idle, so a long run does not fill the heap);
 * {@code POST signin} is what a form login does to the session: a new id ({@code changeSessionId()}) and the
 * user in an attribute.
 */
@WebServlet(urlPatterns = {"/login", "/hit", "/visit", "/signin"})
public class BenchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** How long a first visit's session lives idle. */
    public static final int VISIT_SECONDS = 120;

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
        if ("/visit".equals(request.getServletPath())) {
            request.getSession(true).setMaxInactiveInterval(VISIT_SECONDS);
            response.getWriter().write("visited " + visits.next());
            return;
        }
        if (request.getSession(false) == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write("none");
            return;
        }
        response.getWriter().write("ok " + visits.next());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        HttpSession session = request.getSession(false);
        if (!"/signin".equals(request.getServletPath()) || session == null) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.getWriter().write("none");
            return;
        }
        request.changeSessionId();
        session.setAttribute("user", "user-" + visits.next());
        response.getWriter().write("signed in");
    }
}
