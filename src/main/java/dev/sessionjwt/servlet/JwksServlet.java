package dev.sessionjwt.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the public keys of the key ring as a JWK set ({@code application/jwk-set+json}), cacheable by
 * anyone for the configured time, so that other services verify tokens with the public key alone. The
 * document is built once; it holds public members only.
 */
final class JwksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The JWK set media type of RFC 7517 section 8.5. */
    static final String MEDIA_TYPE = "application/jwk-set+json";

    private final byte[] document;
    private final String cacheControl;

    /**
     * @param json   the JWK set, public members only
     * @param maxAge how long clients and caches may keep it
     */
    JwksServlet(String json, Duration maxAge) {
        this.document = json.getBytes(StandardCharsets.UTF_8);
        this.cacheControl = "public, max-age=" + maxAge.getSeconds();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(document.length);
        response.getOutputStream().write(document);
    }
}
