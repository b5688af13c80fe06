package dev.sessionjwt.demo.app;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;
import java.io.PrintWriter;

import org.jose4j.json.JsonUtil;

import dev.sessionjwt.servlet.SessionJwt;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The demo's HTML page at the context root: whether there is a session, the raw cookie value, its decoded
 * header and claims, and a session-scoped counter with buttons to increment it and to end the session.
 */
@WebServlet(urlPatterns = {"", "/page/increment", "/page/end", "/page/login"})
public class DemoPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final JsonWriterFactory PRETTY =
            Json.createWriterFactory(java.util.Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    private Counter counter;
    @Inject
    private SessionJwt jwt;
    @Inject
    private SecurityContext security;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/page/increment".equals(request.getServletPath())) {
            request.getSession(true);
            counter.increment();
        } else if ("/page/login".equals(request.getServletPath())) {
            security.authenticate(request, response, withParams().newAuthentication(true).credential(
                    new UsernamePasswordCredential(String.valueOf(request.getParameter("username")),
                            String.valueOf(request.getParameter("password")))));
            request.getSession(true);
        } else if ("/page/end".equals(request.getServletPath())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        DecodedToken token = DecodedToken.of(request);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String base = request.getContextPath();
        PrintWriter out = response.getWriter();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>session-jwt demo</title>"
                + "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}"
                + "pre{background:#f4f4f4;padding:.5rem;white-space:pre-wrap;word-break:break-all}</style></head><body>");
        out.println("<h1>session-jwt demo</h1>");
        out.println("<p>Served by <code id=\"server\">" + escape(request.getServletContext().getServerInfo())
                + "</code></p>");
        if (session == null) {
            out.println("<p id=\"state\">No session yet. Increment the counter to start one.</p>");
        } else {
            out.println("<p id=\"state\">Session <code>" + escape(session.getId()) + "</code></p>");
            out.println("<h2>Cookie value</h2><pre id=\"raw\">" + escape(token.raw()) + "</pre>");
            out.println("<h2>Header</h2><pre id=\"header\">" + escape(pretty(token.header())) + "</pre>");
            out.println("<p>Signed with the key <code id=\"kid\">" + escape(token.header().getString("kid", ""))
                    + "</code> (" + escape(token.header().getString("alg", "")) + "); anyone verifies it with the public"
                    + " keys at <a href=\"" + escape(base + "/.well-known/jwks.json") + "\">.well-known/jwks.json</a></p>");
            out.println("<h2>Claims</h2><div style=\"display:flex;gap:1rem\"><div><h3>In the token</h3><pre id=\"claims\">"
                    + escape(pretty(token.claims())) + "</pre></div><div><h3>As the application reads them"
                    + " (long names)</h3><pre id=\"long-claims\">" + escape(JsonUtil.toJson(jwt.claims()))
                    + "</pre></div></div>");
        }
        out.println("<h2>Counter: <span id=\"counter\">" + (session == null ? 0 : counter.value()) + "</span></h2>");
        out.println("<form method=\"post\" action=\"" + escape(response.encodeURL(base + "/page/increment"))
                + "\"><button>Increment</button></form>");
        String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        out.println(caller != null ? "<p id=\"caller\">Signed in as <b>" + escape(caller) + "</b></p>"
                : "<form method=\"post\" action=\"" + escape(response.encodeURL(base + "/page/login"))
                + "\">Sign in (alice / alice-password or admin / admin-password): <input name=\"username\">"
                + " <input name=\"password\" type=\"password\"> <button>Sign in</button></form>");
        out.println("<form method=\"post\" action=\"" + escape(response.encodeURL(base + "/page/end"))
                + "\"><button>End session</button></form>");
        out.println("<p>JSON API: <a href=\"" + escape(response.encodeURL(base + "/api/session"))
                + "\">GET api/session</a>, POST api/counter, POST api/logout</p></body></html>");
    }

    private static String pretty(JsonObject json) {
        var text = new java.io.StringWriter();
        try (var writer = PRETTY.createWriter(text)) {
            writer.write(json);
        }
        return text.toString().strip();
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
