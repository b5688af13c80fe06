package dev.sessionjwt.claims;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The authenticated caller of a request: name, principal object and groups.
 *
 * @param name      the caller name
 * @param principal the application's own principal when Jakarta Security has it, else the container's
 * @param groups    the caller's groups, sorted (as the server's container adapter reads them)
 *
 * @since 1.0
 */
public record Caller(String name, Principal principal, List<String> groups) {

    /** Request attribute holding the caller a mechanism just authenticated, before the container knows it. */
    public static final String AUTHENTICATED = "dev.sessionjwt.authenticated-caller";

    /** Freezes the groups. */
    public Caller {
        groups = List.copyOf(groups);
    }

    /**
     * Records the caller an authentication mechanism has just established for this request, and tells the
     * library's request handling (through {@link #LISTENER}) so it can rotate the session and issue the token.
     */
    public static void authenticated(HttpServletRequest request, Caller caller) {
        request.setAttribute(AUTHENTICATED, caller);
        Object listener = request.getAttribute(LISTENER);
        if (listener instanceof Runnable callback) {
            callback.run();
        }
    }

    /** Request attribute holding the library's callback (a {@code Runnable}) for a fresh authentication. */
    public static final String LISTENER = "dev.sessionjwt.authentication-listener";

    /**
     * Servlet-context attribute under which the library publishes, at deployment, how {@link #of} reads the caller on
     * the server it runs on (a {@code Function<HttpServletRequest, Optional<Caller>>}).
     */
    public static final String READER = "dev.sessionjwt.caller-reader";

    /**
     * Request attribute a mechanism sets (to {@code Boolean.TRUE}) before it reports a login whose
     * {@code validateRequest} then returns without committing the response (the library's own mechanism): inside
     * {@code HttpServletRequest.authenticate} the library may then owe the new token until the next commit point
     * instead of signing for every session id the login and the container go through.
     */
    public static final String LOGIN_COMMITS_NOTHING = "dev.sessionjwt.login-commits-nothing";

    /**
     * The caller as the server reports it: name, the application's own principal where Jakarta Security has one,
     * and groups (read the way the server's container adapter says). Without the library's reader (outside an
     * application the library was deployed in) only the container's principal, with no groups.
     *
     * @param request the request, not null
     * @return the caller, or empty when the request is anonymous
     */
    @SuppressWarnings("unchecked")
    public static Optional<Caller> of(HttpServletRequest request) {
        ServletContext context = request.getServletContext();
        if (context != null && context.getAttribute(READER) instanceof Function<?, ?> reader) {
            return ((Function<HttpServletRequest, Optional<Caller>>) reader).apply(request);
        }
        Principal container = request.getUserPrincipal();
        if (container == null) {
            return request.getAttribute(AUTHENTICATED) instanceof Caller fresh ? Optional.of(fresh) : Optional.empty();
        }
        return Optional.of(new Caller(container.getName(), container, List.of()));
    }

    /** The current caller's name, without looking up groups; null when anonymous. */
    public static String nameOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null && request.getAttribute(AUTHENTICATED) instanceof Caller fresh) {
            return fresh.name();
        }
        return principal == null ? null : principal.getName();
    }
}
