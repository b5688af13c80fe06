package dev.sessionjwt.it.ee11.app;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.annotation.security.DeclareRoles;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /login} (form fields {@code username}, {@code password}; 401 when wrong) through
 * {@code SecurityContext.authenticate}; {@code GET /me}: the caller's name and whether it is in the groups user and
 * admin ({@code name=...;user=true;admin=false}), 401 for an anonymous caller; {@code GET /admin}: 403 unless admin.
 */
@DeclareRoles({"user", "admin"})
@WebServlet(urlPatterns = {"/login", "/me", "/admin"})
public class InMemoryLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        AuthenticationStatus status = username == null || password == null ? AuthenticationStatus.SEND_FAILURE
                : security.authenticate(request, response,
                        withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            }
            return;
        }
        request.getSession(true);
        me(request, response);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // not security.getCallerPrincipal() == null: WildFly names the anonymous caller "anonymous" there
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if ("/admin".equals(request.getServletPath()) && !request.isUserInRole("admin")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        me(request, response);
    }

    private static void me(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain");
        response.getWriter().write("name=" + request.getUserPrincipal().getName() + ";user=" + request.isUserInRole("user")
                + ";admin=" + request.isUserInRole("admin"));
    }
}
