package dev.sessionjwt.it.cluster.app;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The cluster test application: writes and reads a session attribute and a {@code @SessionScoped} bean,
 * rotates the session id, and logs out. Each answer is one line of {@code key=value} pairs naming the
 * node (its HTTP port) that served it.
 *
 * <ul>
 *   <li>{@code /api/write}: creates the session if needed, appends {@code ?item=} to a list attribute and
 *       counts a visit in the bean; with {@code ?commit=early} the response is committed before the request
 *       ends, with {@code ?timeout=s} the session expires after that many idle seconds;</li>
 *   <li>{@code /api/touch}: counts a visit and sets a small attribute, a write of constant size (the
 *       cluster benchmark's request);</li>
 *   <li>{@code /api/read}: reports the session without changing it (no session: {@code session=none});</li>
 *   <li>{@code /api/rotate}: {@code changeSessionId()};</li>
 *   <li>{@code /api/logout}: invalidates the session.</li>
 * </ul>
 */
@WebServlet("/api/*")
public class ClusterServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ITEMS = "items";

    @Inject
    private VisitCounter counter;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "" : request.getPathInfo();
        HttpSession session = request.getSession(action.equals("/write") || action.equals("/touch"));
        if (session == null) {
            answer(request, response, "session=none");
            return;
        }
        switch (action) {
            case "/write" -> {
                String items = (String) session.getAttribute(ITEMS);
                String item = request.getParameter("item");
                session.setAttribute(ITEMS, items == null ? item : items + "," + item);
                counter.increment();
                if (request.getParameter("timeout") != null) {
                    session.setMaxInactiveInterval(Integer.parseInt(request.getParameter("timeout")));
                }
            }
            case "/touch" -> session.setAttribute("last", counter.increment());
            case "/rotate" -> request.changeSessionId();
            case "/logout" -> {
                session.invalidate();
                answer(request, response, "session=none");
                return;
            }
            case "/read" -> {
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        answer(request, response, "session=" + session.getId() + " visits=" + counter.visits() + " items="
                + session.getAttribute(ITEMS));
        if ("early".equals(request.getParameter("commit"))) {
            response.flushBuffer();
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, String text)
            throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("node=" + request.getLocalPort() + " " + text);
    }
}
