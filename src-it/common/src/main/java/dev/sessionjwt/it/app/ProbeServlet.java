package dev.sessionjwt.it.app;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test endpoints that stress when the cookie is written: sessions created or rotated just before a
 * redirect, an error, a flush, a large body or a reset, and a view of the session the request reached
 * and the one the authentication mechanism saw.
 */
@WebServlet("/probe/*")
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Size of the "large" body: far beyond the default response buffer. */
    public static final int LARGE_BODY = 200_000;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String action = request.getPathInfo() == null ? "/session" : request.getPathInfo();
        switch (action) {
            case "/create-redirect" -> {
                request.getSession(true);
                response.sendRedirect("session");
            }
            case "/create-large" -> {
                request.getSession(true);
                response.getWriter().write("x".repeat(LARGE_BODY));
            }
            case "/create-flush" -> {
                request.getSession(true);
                response.flushBuffer();
                response.getWriter().write("flushed");
            }
            case "/create-error" -> {
                request.getSession(true);
                response.sendError(HttpServletResponse.SC_CONFLICT);
            }
            case "/create-reset" -> {
                request.getSession(true);
                response.setHeader("X-Before-Reset", "yes");
                response.reset();
                response.getWriter().write("reset");
            }
            case "/create-rotate" -> {
                request.getSession(true);
                request.changeSessionId();
                describe(request, response);
            }
            case "/rotate" -> {
                request.changeSessionId();
                describe(request, response);
            }
            case "/rotate-redirect" -> {
                request.changeSessionId();
                response.sendRedirect("session");
            }
            case "/invalidate-recreate" -> {
                request.getSession(true).invalidate();
                request.getSession(true);
                describe(request, response);
            }
            case "/cookie-config" -> response.getWriter().write("SameSite="
                    + request.getServletContext().getSessionCookieConfig().getAttribute("SameSite"));
            case "/encode" -> response.getWriter().write(response.encodeURL(request.getContextPath() + "/x"));
            default -> describe(request, response);
        }
    }

    private static void describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        response.setContentType("text/plain");
        response.getWriter().write("session=" + (session == null ? "none" : session.getId())
                + "\nmechanism=" + request.getAttribute(ProbeMechanism.SEEN_SESSION));
    }
}
