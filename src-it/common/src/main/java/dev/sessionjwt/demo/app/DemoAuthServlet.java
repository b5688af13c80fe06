package dev.sessionjwt.demo.app;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The demo's login API: {@code POST api/login} (form fields {@code username}, {@code password}; 401 when
 * wrong), {@code GET api/me} (caller name and groups; 401 anonymous), {@code GET api/admin} (group admin
 * only; 403 otherwise).
 */
@WebServlet(urlPatterns = {"/api/login", "/api/me", "/api/admin"})
public class DemoAuthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;
    @Inject
    private Counter counter;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/api/login".equals(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
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
        json(response, SessionJson.of(request, counter));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // not security.getCallerPrincipal() == null: WildFly names the anonymous caller "anonymous" there
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if ("/api/admin".equals(request.getServletPath()) && !DemoSecurity.isCallerInRole(security, request, "admin")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        var groups = Json.createArrayBuilder();
        for (String group : new String[] {"user", "admin"}) {
            if (DemoSecurity.isCallerInRole(security, request, group)) {
                groups.add(group);
            }
        }
        json(response, Json.createObjectBuilder().add("name", request.getUserPrincipal().getName())
                .add("groups", groups).build().toString());
    }

    private static void json(HttpServletResponse response, String body) throws IOException {
        response.setHeader("Cache-Control", "no-store"); // the caller and claims of one user: no cache keeps them
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
