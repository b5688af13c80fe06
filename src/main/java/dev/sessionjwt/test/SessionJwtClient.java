package dev.sessionjwt.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sessionjwt.claims.SessionJwtReader;

/**
 * An HTTP client for tests of an application that uses session-jwt (the counterpart of django-session-jwt's
 * test client): it keeps the cookies the application sets, logs in through the application's own login, and
 * exposes the session cookie, the session id and the decoded claims.
 *
 * <pre>
 * &#64;ArquillianResource URL deployment;
 *
 * SessionJwtClient client = SessionJwtClient.at(deployment);
 * client.login("api/login", "alice", "alice-password");          // form POST, 2xx/3xx expected
 * HttpResponse&lt;String&gt; me = client.get("api/me");
 * assertEquals("alice", client.claims().get("sub"));
 * </pre>
 *
 * @since 1.0
 */
public final class SessionJwtClient {

    private final URI base;
    private final String cookieName;
    private final SessionJwtReader reader;
    private final HttpClient http;
    private final CookieJar cookies = new CookieJar();

    private SessionJwtClient(URI base, String cookieName, SessionJwtReader reader) {
        this.base = base;
        this.cookieName = cookieName;
        this.reader = reader;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A client for a deployment, with the default cookie name {@code JSESSIONID} and claims decoded
     * without verification.
     *
     * @param deployment the application's base URL (for example an Arquillian {@code @ArquillianResource URL})
     */
    public static SessionJwtClient at(java.net.URL deployment) {
        return at(URI.create(deployment.toString()));
    }

    /** Like {@link #at(java.net.URL)}, from a URI. */
    public static SessionJwtClient at(URI deployment) {
        String text = deployment.toString();
        return new SessionJwtClient(URI.create(text.endsWith("/") ? text : text + "/"), "JSESSIONID", null);
    }

    /** The same client for a session cookie of another name (the application's {@code <cookie-config><name>}). */
    public SessionJwtClient withCookieName(String name) {
        return new SessionJwtClient(base, Objects.requireNonNull(name, "name"), reader);
    }

    /** The same client, verifying the token (and mapping long names) whenever claims are read. */
    public SessionJwtClient verifyingWith(SessionJwtReader verifier) {
        return new SessionJwtClient(base, cookieName, Objects.requireNonNull(verifier, "verifier"));
    }

    /** GET a path relative to the deployment, with the stored cookies. */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** POST form fields to a path relative to the deployment, with the stored cookies. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Logs in through the application's login: a form POST with fields {@code username} and {@code password}.
     *
     * @return the login response
     * @throws IllegalStateException if the application did not answer with 2xx or 3xx
     */
    public HttpResponse<String> login(String path, String username, String password) {
        return login(path, Map.of("username", username, "password", password));
    }

    /**
     * Logs in with any form fields, for example {@code j_username}/{@code j_password} to
     * {@code j_security_check}.
     */
    public HttpResponse<String> login(String path, Map<String, String> form) {
        HttpResponse<String> response = post(path, form);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("login at " + path + " answered " + response.statusCode());
        }
        return response;
    }

    /** Sends any request, with the stored cookies; stores the cookies of the answer. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        cookies.header().ifPresent(header -> request.setHeader("Cookie", header));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            cookies.store(response.headers().allValues("set-cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The current session cookie value (the token), if the application has set one. */
    public Optional<String> token() {
        return cookies.value(cookieName);
    }

    /** The session id the token names, if there is a token. */
    public Optional<String> sessionId() {
        return token().map(t -> String.valueOf(decode(t).get("sk")));
    }

    /** The token's claims: verified and by long name with {@link #verifyingWith}, else decoded as they are. */
    public Map<String, Object> claims() {
        return token().map(this::decode).orElse(Map.of());
    }

    /** Sends this token as the session cookie from now on, as a browser that was handed it would. */
    public void useToken(String token) {
        cookies.store(java.util.List.of(cookieName + "=" + token));
    }

    /** Forgets every cookie, as a new browser would. */
    public void clearCookies() {
        cookies.clear();
    }

    private Map<String, Object> decode(String token) {
        return reader != null ? reader.read(token) : new LinkedHashMap<>(UnverifiedClaims.of(token));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
