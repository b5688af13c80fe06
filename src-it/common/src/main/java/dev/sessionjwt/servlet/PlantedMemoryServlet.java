package dev.sessionjwt.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.internal.config.SettingsReader;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.KeyBinding;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenMemo;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test endpoint, in the library's package because it writes the library's package-private session value: {@code POST
 * plant} with {@code token=...} makes the request's session remember a token the application did not issue, as a
 * session holds it after a redeploy that kept the sessions, or after replication from a node with another key ring,
 * when the key that signed it has since been removed; with {@code boundToPublicKey=<PEM>}, as a session remembers a
 * token of a key that was since replaced under the same {@code kid}. Otherwise the memory is bound as the application binds it
 * ({@link KeyBinding}: the key the token's {@code kid} names, or the current key for one no longer in the ring). {@code GET plant} describes what the session's value holds:
 * the {@code jti} of its claims and whether it remembers any token.
 */
@WebServlet("/plant")
public class PlantedMemoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern KID = Pattern.compile("\"kid\":\"([^\"]*)\"");
    private static final Pattern ALG = Pattern.compile("\"alg\":\"([^\"]*)\"");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionAttributes.CLAIMS) instanceof ClaimsSnapshot snapshot)) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "no session with the library's value");
            return;
        }
        SessionToken planted = new SessionToken(request.getParameter("token"), session.getId(), Instant.EPOCH,
                Instant.EPOCH, "", Map.of());
        String boundKey = request.getParameter("boundToPublicKey");
        KeyBinding binding = boundKey == null ? bindingOf(planted.compact())
                : bindingOf(planted.compact(), publicKey(boundKey));
        session.setAttribute(SessionAttributes.CLAIMS,
                ClaimsSnapshot.of(snapshot, TokenMemo.after(snapshot.memo(), planted, binding)));
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
        Matcher kid = KID.matcher(header(token));
        JwtKey key = kid.find() ? settings.signing().keys().forKeyId(kid.group(1)) : null;
        return KeyBinding.of(key != null ? key : settings.signing().keys().current(), settings.signing().parties());
    }

    /**
     * The binding a session held for a token before its key was replaced under the same {@code kid}: that token's own
     * (old) public key, with the {@code kid} and algorithm the token names and the application's issuer and audience.
     */
    private static KeyBinding bindingOf(String token, PublicKey oldKey) {
        ClassLoader loader = PlantedMemoryServlet.class.getClassLoader();
        SessionJwtSettings settings = SettingsReader.read(ConfigProvider.getConfig(loader), loader);
        String header = header(token);
        Matcher kid = KID.matcher(header);
        Matcher alg = ALG.matcher(header);
        if (!kid.find() || !alg.find()) {
            throw new IllegalArgumentException("a token with a kid and an alg");
        }
        return KeyBinding.of(new JwtKey(kid.group(1), alg.group(1), null, oldKey), settings.signing().parties());
    }

    private static PublicKey publicKey(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("an EC public key in PEM", e);
        }
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
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
