package dev.sessionjwt.it.starter.login;

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
 * {@code POST login} (form fields {@code username}, {@code password}): signs in through
 * {@code SecurityContext.authenticate}, which the library's mechanism handles; answers {@code caller=<name>}, or 401.
 */
@WebServlet("/login")
public class StarterLoginServlet extends HttpServlet {

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
        response.setContentType("text/plain");
        response.getWriter().write("caller=" + (request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName())
                + "\n");
    }
}
