package dev.sessionjwt.it.tomcat11.app.inmemory;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST login} (form fields {@code username}, {@code password}) signs in through {@code SecurityContext}, which
 * runs the library's mechanism against the in-memory identity store ({@link InMemoryUsers}), 401 when refused;
 * {@code GET me} answers the caller as the request sees it (name and roles; on Tomcat {@code isUserInRole}, since
 * Soteria's {@code SecurityContext} reads the caller through Jakarta Authorization, which Tomcat lacks).
 */
@WebServlet({"/login", "/me"})
public class InMemoryLoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        AuthenticationStatus status = username == null || password == null ? AuthenticationStatus.SEND_FAILURE
                : security.authenticate(request, response, withParams()
                        .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
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
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        me(request, response);
    }

    private static void me(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().print(request.getUserPrincipal().getName() + " user=" + request.isUserInRole("user")
                + " admin=" + request.isUserInRole("admin"));
    }
}
