package dev.sessionjwt.demo.app;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import dev.sessionjwt.servlet.SessionJwt;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The demo's HTML page at the context root ({@link DemoPage}) and its form actions: {@code page/increment}
 * (starts the session if needed and counts), {@code page/login} (signs in through Jakarta Security) and
 * {@code page/end} (signs out and ends the session). Every action redirects back to the page.
 */
@WebServlet(urlPatterns = {"", "/page/increment", "/page/end", "/page/login"})
public class DemoPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Counter counter;
    @Inject
    private SessionJwt jwt;
    @Inject
    private SecurityContext security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = "";
        switch (request.getServletPath()) {
            case "/page/increment" -> {
                request.getSession(true);
                counter.increment();
            }
            case "/page/login" -> {
                AuthenticationStatus status = security.authenticate(request, response, withParams()
                        .newAuthentication(true).credential(new UsernamePasswordCredential(
                                String.valueOf(request.getParameter("username")),
                                String.valueOf(request.getParameter("password")))));
                if (status == AuthenticationStatus.SUCCESS) {
                    request.getSession(true);
                } else {
                    query = "?signin=failed";
                }
            }
            case "/page/end" -> end(request);
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        if (!response.isCommitted()) {
            response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/" + query));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the form actions take POST only; the page itself is the context root, whose servlet path is "" on
        // Catalina and "/" on Undertow
        if (request.getServletPath().startsWith("/page/")) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        HttpSession session = request.getSession(false);
        String page = new DemoPage(request, response, DecodedToken.of(request), jwt.claims())
                .render(session, session == null ? 0 : counter.value(), "failed".equals(request.getParameter("signin")));
        response.getWriter().write(page);
    }

    private static void end(HttpServletRequest request) throws IOException {
        try {
            request.logout();
        } catch (ServletException e) {
            throw new IOException(e);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
