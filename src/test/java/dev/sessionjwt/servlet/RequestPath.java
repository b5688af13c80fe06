package dev.sessionjwt.servlet;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.internal.config.SessionJwtSettings;
import dev.sessionjwt.internal.config.SettingsReader;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.token.Verification;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Test harness of the library's request path without a server: the real {@link RequestBindingListener},
 * {@link SessionEventListener} and {@link CookieCommitFilter} of one application on a {@link FakeContainer}, built
 * from settings as {@link SessionJwtInitializer} builds them, serving one request at a time to an application the
 * test writes.
 */
final class RequestPath {

    /** The current signing secret (32 bytes). */
    static final String SECRET = "0123456789abcdef0123456789abcdef";
    /** A retired secret, still accepted when configured as a verification key. */
    static final String OLD_SECRET = "fedcba9876543210fedcba9876543210";

    /** What the application behind the library's filter does with the request it gets. */
    interface Application {
        void serve(HttpServletRequest request) throws Exception;
    }

    /**
     * One served request: its response, the session the application found when it started (before doing
     * anything), and the token the request attribute named at the end of the application.
     */
    record Served(FakeResponse response, HttpSession sessionSeen, String tokenAttribute) {

        /** Every {@code Set-Cookie} of the response. */
        List<String> setCookies() {
            return response.headers("Set-Cookie");
        }

        /** The token a {@code Set-Cookie} of the response stores, or null when it stores none (or deletes it). */
        String issuedToken() {
            return setCookies().stream().filter(header -> header.startsWith("JSESSIONID=")
                    && !header.contains("Max-Age=0")).map(header -> header.substring("JSESSIONID=".length(),
                    header.indexOf(';'))).findFirst().orElse(null);
        }

        /** Whether the response deletes the token cookie. */
        boolean deletesCookie() {
            return setCookies().stream().anyMatch(header -> header.startsWith("JSESSIONID=;")
                    && header.contains("Max-Age=0"));
        }
    }

    final FakeContainer container;
    final SessionJwtSettings settings;
    final RuntimeHolder holder;
    private final RequestBindingListener binding;
    private final CookieCommitFilter filter;
    private FakeResponse current;
    private HttpServletResponse applicationResponse;

    /**
     * @param retired    the cluster-wide retired ids of a distributable application, or null on a single node
     * @param properties MicroProfile Config properties beside {@code session-jwt.key} (the current secret), as pairs
     */
    RequestPath(FakeContainer container, RetiredSessionIds retired, String... properties) {
        this(container, retired, settings(SECRET, properties));
    }

    /**
     * The library of an application signing with another secret, on the same container (a redeploy with another
     * key that kept the sessions).
     *
     * @param secret     the current secret
     * @param properties MicroProfile Config properties beside {@code session-jwt.key}, as pairs
     */
    static RequestPath withSecret(String secret, FakeContainer container, RetiredSessionIds retired,
                                  String... properties) {
        return new RequestPath(container, retired, settings(secret, properties));
    }

    private RequestPath(FakeContainer container, RetiredSessionIds retired, SessionJwtSettings settings) {
        this.container = container;
        this.settings = settings;
        this.holder = new RuntimeHolder(container.context, settings, container, retired, null);
        this.binding = new RequestBindingListener(holder);
        this.filter = new CookieCommitFilter(holder);
        container.listener = new SessionEventListener(holder);
        container.attributeListener = new TokenIssuedMark();
    }

    /** Cluster-wide retired ids kept in the given collection, which the test can read and fill. */
    static RetiredSessionIds retiredIn(Collection<String> ids) {
        return new RetiredSessionIds() {
            @Override
            public void retire(String sessionId, Duration retention) {
                ids.add(sessionId);
            }

            @Override
            public boolean isRetired(String sessionId) {
                return ids.contains(sessionId);
            }
        };
    }

    /** Settings read from {@code session-jwt.key=secret:<secret>} plus the given property pairs. */
    static SessionJwtSettings settings(String secret, String... properties) {
        Map<String, String> values = new HashMap<>();
        values.put("session-jwt.key", "secret:" + secret);
        for (int i = 0; i < properties.length; i += 2) {
            values.put(properties[i], properties[i + 1]);
        }
        return SettingsReader.read(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values,
                "test", 100)).build(), RequestPath.class.getClassLoader());
    }

    /** A token for the session signed with the current secret, issued at the given instant. */
    String token(String sessionId, Instant issuedAt) {
        return tokenSignedWith(settings, sessionId, issuedAt);
    }

    /** A token for the session signed with the current key of other settings (another secret), issued now. */
    String tokenSignedWith(SessionJwtSettings signer, String sessionId, Instant issuedAt) {
        TokenIssuer issuer = new TokenIssuer(signer.signing().keys().current(), signer.signing().parties(),
                settings.sessionField(), settings.tokenLifetime(container.context.getSessionTimeout()),
                Clock.fixed(issuedAt, ZoneOffset.UTC));
        return issuer.issue(sessionId, Map.of()).compact();
    }

    /** The token as this application's full verifier sees it. */
    SessionToken verified(String token) {
        Verification verification = holder.get().verifier().verify(token);
        if (!(verification instanceof Verification.Valid valid)) {
            throw new AssertionError("not a valid token: " + verification);
        }
        return valid.token();
    }

    /** The response the library's filter handed the application in the request being served. */
    HttpServletResponse applicationResponse() {
        return applicationResponse;
    }

    /** The response of the request being served (or last served). */
    FakeResponse currentResponse() {
        return current;
    }

    /** Serves one anonymous request. */
    Served serve(Application application, String... cookieHeaders) throws Exception {
        return serve(null, application, cookieHeaders);
    }

    /**
     * Serves one request the way a container runs it: request listeners, then the filter chain (the library's
     * filter, then the application), then the end of the request.
     *
     * @param caller the caller a container mechanism established before the filter chain, or null
     */
    Served serve(Principal caller, Application application, String... cookieHeaders) throws Exception {
        FakeResponse response = new FakeResponse();
        current = response;
        HttpServletRequest request = container.request(response.proxy(), null, cookieHeaders);
        ServletRequestEvent event = new ServletRequestEvent(container.context, request);
        binding.requestInitialized(event);
        if (caller != null) {
            container.authenticateAs(caller);
        }
        HttpSession[] seen = new HttpSession[1];
        String[] token = new String[1];
        FilterChain chain = (req, res) -> {
            HttpServletRequest http = (HttpServletRequest) req;
            applicationResponse = (HttpServletResponse) res;
            seen[0] = http.getSession(false);
            try {
                application.serve(http);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            token[0] = (String) http.getAttribute(RequestAttributes.TOKEN);
        };
        try {
            filter.doFilter(request, response.proxy(), chain);
        } finally {
            binding.requestDestroyed(event);
        }
        return new Served(response, seen[0], token[0]);
    }
}
