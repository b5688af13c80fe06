package dev.sessionjwt.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import dev.sessionjwt.internal.config.SigningSettings;
import dev.sessionjwt.internal.token.Sha256;
import dev.sessionjwt.internal.token.discovery.DiscoveryDocument;
import dev.sessionjwt.token.JwtKey;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the application's {@link DiscoveryDocument}, cacheable by anyone for the JWK set's time, with a strong
 * {@code ETag} ({@code If-None-Match} is answered 304). It is built on the first request, once the application's
 * runtime exists: the cookie's name and the claim producers' names are final only then. The JWK set is named by a
 * path-absolute reference, so the document never depends on the request's {@code Host}.
 */
final class DiscoveryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient RuntimeHolder holder;
    private final String jwksReference;
    private final String cacheControl;
    private final String endedSessionsReference;
    private transient volatile Served served;

    /**
     * @param holder        the application's runtime
     * @param contextPath   the application's context path ("" for the root)
     * @param signing       the signing settings, with a JWK set path
     * @param endedPath     the path of the ended-sessions feed, if it is published
     */
    DiscoveryServlet(RuntimeHolder holder, String contextPath, SigningSettings signing, Optional<String> endedPath) {
        this.holder = holder;
        this.endedSessionsReference = endedPath.map(path -> contextPath + path).orElse(null);
        this.jwksReference = contextPath + signing.jwksPath().orElseThrow();
        this.cacheControl = "public, max-age=" + signing.jwksMaxAge().getSeconds();
    }

    private record Served(byte[] body, String etag) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Served document = served();
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", document.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (matches(request.getHeader("If-None-Match"), document.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(DiscoveryDocument.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(document.body().length);
        response.getOutputStream().write(document.body());
    }

    /** Whether an {@code If-None-Match} value names this tag (a list of tags, or {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private Served served() {
        Served current = served;
        if (current == null) {
            current = build(holder.get());
            served = current;
        }
        return current;
    }

    private Served build(SessionJwtRuntime runtime) {
        SigningSettings signing = runtime.settings().signing();
        DiscoveryDocument document = new DiscoveryDocument(signing.parties().issuer(), signing.parties().audience(),
                jwksReference, runtime.cookies().attributes().name(), runtime.settings().sessionField(),
                runtime.updates().claims().longNames(),
                signing.keys().keys().stream().filter(JwtKey::isPublic).map(JwtKey::algorithm).distinct().toList(),
                Optional.ofNullable(endedSessionsReference), !signing.logoutReceivers().isEmpty());
        byte[] body = document.toJson().getBytes(StandardCharsets.UTF_8);
        byte[] digest = Sha256.newDigest().digest(body);
        return new Served(body, '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22)
                + '"');
    }
}
