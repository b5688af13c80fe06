package dev.sessionjwt.it.starter.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET session}: creates or continues the session, counts the request in the session-scoped
 * {@link StarterCounter} and answers {@code session=<id>}, {@code counter=<n>} and {@code caller=<name>} (empty when
 * anonymous), one per line.
 */
@WebServlet("/session")
public class StarterSessionServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private StarterCounter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession();
        int count = counter.increment();
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("session=" + session.getId() + "\ncounter=" + count + "\ncaller="
                + (request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName()) + "\n");
    }
}
