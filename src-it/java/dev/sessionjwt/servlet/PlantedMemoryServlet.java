package dev.sessionjwt.servlet;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenMemo;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test endpoint, in the library's package because it writes the library's package-private session value: {@code POST
 * plant} with {@code token=...} makes the request's session remember a token the application did not issue, as a
 * session holds it after a redeploy that kept the sessions, or after replication from a node with another key ring,
 * when the key that signed it has since been removed. {@code GET plant} describes what the session's value holds:
 * the {@code jti} of its claims and whether it remembers any token.
 */
@WebServlet("/plant")
public class PlantedMemoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionAttributes.CLAIMS) instanceof ClaimsSnapshot snapshot)) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "no session with the library's value");
            return;
        }
        SessionToken planted = new SessionToken(request.getParameter("token"), session.getId(), Instant.EPOCH,
                Instant.EPOCH, "", Map.of());
        session.setAttribute(SessionAttributes.CLAIMS,
                ClaimsSnapshot.of(snapshot, TokenMemo.after(snapshot.memo(), planted)));
        response.setContentType("text/plain");
        response.getWriter().write("planted\n");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(SessionAttributes.CLAIMS);
        response.setContentType("text/plain");
        response.getWriter().write(value instanceof ClaimsSnapshot snapshot
                ? "jti=" + snapshot.get("jti") + "\nremembers=" + (snapshot.memo() != null) + "\n" : "none\n");
    }
}
