package dev.sessionjwt.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.sessionjwt.config.SessionJwtSettings;
import dev.sessionjwt.config.SettingsReader;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.KeyBinding;
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
 * when the key that signed it has since been removed. The memory is bound as the application binds it
 * ({@link KeyBinding}: the key the token's {@code kid} names, or the current key for one no longer in the ring). {@code GET plant} describes what the session's value holds:
 * the {@code jti} of its claims and whether it remembers any token.
 */
@WebServlet("/plant")
public class PlantedMemoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern KID = Pattern.compile("\"kid\":\"([^\"]*)\"");

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
                ClaimsSnapshot.of(snapshot, TokenMemo.after(snapshot.memo(), planted, bindingOf(planted.compact()))));
        response.setContentType("text/plain");
        response.getWriter().write("planted\n");
    }

    /**
     * The binding a session holds for a token of the key its {@code kid} names, with the application's issuer and
     * audience; for a key no longer in the ring, the current key's (the strongest claim a planted memory can make).
     */
    private static KeyBinding bindingOf(String token) {
        ClassLoader loader = PlantedMemoryServlet.class.getClassLoader();
        SessionJwtSettings settings = SettingsReader.read(ConfigProvider.getConfig(loader), loader);
        String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        Matcher kid = KID.matcher(header);
        JwtKey key = kid.find() ? settings.signing().keys().forKeyId(kid.group(1)) : null;
        return KeyBinding.of(key != null ? key : settings.signing().keys().current(), settings.signing().parties());
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
