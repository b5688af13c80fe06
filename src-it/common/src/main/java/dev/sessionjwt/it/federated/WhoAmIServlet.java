package dev.sessionjwt.it.federated;

import java.io.IOException;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** {@code GET whoami} for members: the caller name, groups and issuer that MicroProfile JWT read from the token. */
@WebServlet("/whoami")
@ServletSecurity(@HttpConstraint(rolesAllowed = {"user", "admin"}))
public class WhoAmIServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private JsonWebToken jwt;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("name=" + request.getUserPrincipal().getName() + " groups=" + new TreeSet<>(jwt.getGroups())
                + " iss=" + jwt.getIssuer() + " admin=" + request.isUserInRole("admin"));
    }
}
