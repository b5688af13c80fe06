package dev.sessionjwt.it.app;

import java.io.IOException;

import dev.sessionjwt.servlet.SessionJwt;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test endpoints for the session's memory of its tokens: {@code create} makes a session, {@code refresh} has a
 * second token issued for the session, {@code rotate} changes its id, and every answer describes the session the
 * request reached: its id, {@code getLastAccessedTime()} (in Catalina the start of the request before this one
 * that reached the session), the server's clock, and the {@code jti} claim read through {@link SessionJwt}.
 */
@WebServlet("/memory/*")
public class MemoryProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionJwt jwt;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = String.valueOf(request.getPathInfo());
        switch (action) {
            case "/create" -> request.getSession(true);
            case "/refresh" -> jwt.refresh();
            case "/rotate" -> request.changeSessionId();
            default -> {
                // describe only
            }
        }
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain");
        response.getWriter().write(session == null ? "session=none\n"
                : "session=" + session.getId() + "\nlastAccessed=" + session.getLastAccessedTime()
                        + "\nnow=" + System.currentTimeMillis() + "\njti=" + jwt.claim("jti").orElse("none") + "\n");
    }
}
