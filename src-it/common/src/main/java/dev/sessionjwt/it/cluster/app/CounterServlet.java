package dev.sessionjwt.it.cluster.app;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Counts the requests of a session on /counter in a Serializable session attribute, and answers the count;
 * {@code ?invalidate} invalidates the session instead (answer {@code invalidated}), {@code ?rotate} changes its id
 * after counting.
 */
@WebServlet("/counter")
public class CounterServlet extends HttpServlet {

    /** The session attribute that holds the count (an Integer). */
    public static final String ATTRIBUTE = "count";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        if (request.getParameter("invalidate") != null) {
            session.invalidate();
            response.setContentType("text/plain");
            response.getWriter().print("invalidated");
            return;
        }
        Integer count = (Integer) session.getAttribute(ATTRIBUTE);
        count = count == null ? 1 : count + 1;
        // set again on every request: replication ships attributes that were set
        session.setAttribute(ATTRIBUTE, count);
        if (request.getParameter("rotate") != null) {
            request.changeSessionId();
        }
        response.setContentType("text/plain");
        response.getWriter().print(count);
    }
}
