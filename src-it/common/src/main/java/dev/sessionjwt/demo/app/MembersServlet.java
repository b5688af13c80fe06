package dev.sessionjwt.demo.app;

import java.io.IOException;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A resource the container protects ({@code GET api/members}, group user): 401 without a signed-in caller. */
@WebServlet("/api/members")
@ServletSecurity(@HttpConstraint(rolesAllowed = "user"))
public class MembersServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write("members only: " + request.getUserPrincipal().getName());
    }
}
