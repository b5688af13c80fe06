package dev.sessionjwt.demo.reader;

import static dev.sessionjwt.demo.view.Html.escape;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

import dev.sessionjwt.demo.view.Html;
import dev.sessionjwt.demo.view.Times;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reader's page: who the demo's cookie says the user is, and which key ({@code kid}) verified it. It never
 * creates a session; it fetches the demo's JWK set over HTTP from the same server (jose4j's {@link HttpsJwks}, which
 * caches it as its {@code Cache-Control} allows) and accepts only asymmetric algorithms and the demo's issuer.
 */
@WebServlet(urlPatterns = "", initParams = {
        @WebInitParam(name = "cookie", value = "JSESSIONID"),
        @WebInitParam(name = "issuer", value = "session-jwt-demo"),
        @WebInitParam(name = "jwks-path", value = "/demo/.well-known/jwks.json")})
public class ReaderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private transient volatile JwtConsumer consumer;
    private transient volatile String jwksUri;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder html = Html.start(request, response, "Reader", "A second application on this server, with no"
                + " session and no secret: it verifies the demo's cookie with the demo's public keys alone.");
        html.append("<section class=\"card\"><h2>Who the cookie says you are</h2>");
        List<String> tokens = cookies(request);
        if (tokens.isEmpty()) {
            html.append("<p class=\"big\" id=\"who\">Nobody</p><p class=\"muted\" id=\"why\">The browser sent no <code>")
                    .append(escape(cookieName())).append("</code> cookie: no session on the demo.</p>");
        } else {
            read(html, request, tokens);
        }
        html.append("</section>");
        response.getWriter().write(Html.end(html, "Back to <a href=\"/demo/\">the demo</a> \u00b7 keys from <code>"
                + escape(jwksUri(request)) + "</code>"));
    }

    private void read(StringBuilder html, HttpServletRequest request, List<String> tokens) {
        String failure = null;
        for (String token : tokens) {
            try {
                JwtContext context = consumer(request).process(token);
                shown(html, context);
                return;
            } catch (InvalidJwtException e) {
                failure = e.getErrorDetails().isEmpty() ? "invalid token" : e.getErrorDetails().get(0).getErrorMessage();
            }
        }
        html.append("<p class=\"big\" id=\"who\">Nobody</p><p><span class=\"badge bad\" id=\"why\">The cookie does not"
                + " verify</span> <span class=\"muted\">").append(escape(failure)).append("</span></p>");
    }

    private static void shown(StringBuilder html, JwtContext context) {
        JwtClaims claims = context.getJwtClaims();
        JsonWebStructure jws = context.getJoseObjects().get(0);
        try {
            String subject = claims.getSubject();
            if (subject == null) {
                html.append("<p class=\"big\" id=\"who\">Anonymous</p><p class=\"muted\">A valid session cookie, but"
                        + " nobody is signed in on the demo.</p>");
            } else {
                html.append("<p class=\"big\">Signed in as <span id=\"who\">").append(escape(subject))
                        .append("</span></p>");
            }
            html.append("<dl>");
            row(html, "Display name", claims.getClaimValue("dn"));
            row(html, "E-mail", claims.getClaimValue("e"));
            row(html, "Groups", claims.hasClaim("groups") ? String.join(", ", claims.getStringListClaimValue("groups"))
                    : null);
            row(html, "Tenant", claims.getClaimValue("tenant"));
            html.append("<dt>Verified with key</dt><dd><code id=\"kid\">").append(escape(jws.getKeyIdHeaderValue()))
                    .append("</code> <span class=\"muted\">(").append(escape(jws.getAlgorithmHeaderValue()))
                    .append(")</span></dd><dt>Expires</dt><dd>")
                    .append(Times.utc(claims.getExpirationTime().getValue())).append(" (")
                    .append(Times.left(claims.getExpirationTime().getValue(), Instant.now())).append(")</dd></dl>");
        } catch (MalformedClaimException e) {
            html.append("<p id=\"who\">Nobody</p><p class=\"muted\">").append(escape(e.getMessage())).append("</p>");
        }
    }

    private static void row(StringBuilder html, String label, Object value) {
        if (value != null) {
            html.append("<dt>").append(label).append("</dt><dd>").append(escape(value)).append("</dd>");
        }
    }

    private List<String> cookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        String name = cookieName();
        return java.util.Arrays.stream(cookies).filter(cookie -> name.equals(cookie.getName()))
                .map(Cookie::getValue).filter(value -> !value.isEmpty()).toList();
    }

    private String cookieName() {
        return getInitParameter("cookie");
    }

    private JwtConsumer consumer(HttpServletRequest request) {
        JwtConsumer current = consumer;
        if (current == null) {
            HttpsJwks jwks = new HttpsJwks(jwksUri(request));
            current = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(jwks))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                            "ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "EdDSA")
                    .setExpectedIssuer(getInitParameter("issuer"))
                    .setRequireExpirationTime().setRequireIssuedAt().setRequireJwtId()
                    .setAllowedClockSkewInSeconds(30)
                    .build();
            consumer = current;
        }
        return current;
    }

    /** The demo's JWK set on the server and port that serve this request (http, or https when asked so). */
    private String jwksUri(HttpServletRequest request) {
        String uri = jwksUri;
        if (uri == null) {
            uri = request.getScheme() + "://127.0.0.1:" + request.getLocalPort() + getInitParameter("jwks-path");
            jwksUri = uri;
        }
        return uri;
    }
}
