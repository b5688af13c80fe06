package dev.sessionjwt.it.app.form;

import java.io.IOException;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A page for group user only; shows the caller and whether the caller is an admin. */
@WebServlet("/secure")
@ServletSecurity(@HttpConstraint(rolesAllowed = "user"))
public class SecureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("caller=" + request.getUserPrincipal().getName()
                + "\nadmin=" + request.isUserInRole("admin"));
    }
}
