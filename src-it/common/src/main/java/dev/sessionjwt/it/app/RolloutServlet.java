package dev.sessionjwt.it.app;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The application of the rollout tests, deployed first without the library and then with it: {@code /login} puts a
 * user into a new session, {@code /state} shows the user of the session the request reached ("none" without one),
 * {@code /clear} signs out as some applications do, by removing every attribute of the session it keeps.
 */
@WebServlet("/rollout/*")
public class RolloutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        if ("/login".equals(request.getPathInfo())) {
            HttpSession session = request.getSession(true);
            session.setAttribute("user", request.getParameter("user"));
            response.getWriter().write(session.getId());
            return;
        }
        HttpSession session = request.getSession(false);
        if ("/clear".equals(request.getPathInfo()) && session != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                session.removeAttribute(name);
            }
        }
        response.getWriter().write(session == null ? "none" : String.valueOf(session.getAttribute("user")));
    }
}
