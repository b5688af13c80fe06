package dev.sessionjwt.claims;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.container.JakartaSecurity;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The authenticated caller of a request: name, principal object and groups.
 *
 * @param name      the caller name
 * @param principal the application's own principal when Jakarta Security has it, else the container's
 * @param groups    the caller's groups, sorted (as the container adapter's {@link CallerPrincipals} reads them)
 *
 * @since 1.0
 */
public record Caller(String name, Principal principal, List<String> groups) {

    private static final Logger LOG = Logger.getLogger(Caller.class.getName());

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
     * Request attribute a mechanism sets (to {@code Boolean.TRUE}) before it reports a login whose
     * {@code validateRequest} then returns without committing the response (the library's own mechanism): inside
     * {@code HttpServletRequest.authenticate} the library may then owe the new token until the next commit point
     * instead of signing for every session id the login and the container go through.
     */
    public static final String LOGIN_COMMITS_NOTHING = "dev.sessionjwt.login-commits-nothing";

    /**
     * @param request the request, not null
     * @return the caller, or empty when the request is anonymous
     */
    public static Optional<Caller> of(HttpServletRequest request) {
        Principal container = request.getUserPrincipal();
        if (container == null) {
            return request.getAttribute(AUTHENTICATED) instanceof Caller fresh ? Optional.of(fresh) : Optional.empty();
        }
        CallerPrincipals principals = principalsOf(request);
        SecurityContext security = principals.callerFromSecurityContext() ? securityContext() : null;
        if (security == null) {
            return Optional.of(new Caller(container.getName(), principals.applicationPrincipal(container),
                    principals.groups(principals.containerPrincipals(request))));
        }
        Principal own = security.getCallerPrincipal();
        Principal principal = own != null ? own : container;
        List<String> groups = principals.groups(security.getPrincipalsByType(Principal.class));
        return Optional.of(new Caller(container.getName(), principals.applicationPrincipal(principal), groups));
    }

    /** The current caller's name, without looking up groups; null when anonymous. */
    public static String nameOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null && request.getAttribute(AUTHENTICATED) instanceof Caller fresh) {
            return fresh.name();
        }
        return principal == null ? null : principal.getName();
    }

    /** The reader the library published for the request's application; {@link CallerPrincipals#STANDARD} if none. */
    private static CallerPrincipals principalsOf(HttpServletRequest request) {
        ServletContext context = request.getServletContext();
        return context != null && context.getAttribute(CallerPrincipals.ATTRIBUTE) instanceof CallerPrincipals own
                ? own : CallerPrincipals.STANDARD;
    }

    /** Jakarta Security's context of the request; null without Jakarta Security (then the token gets no groups). */
    private static SecurityContext securityContext() {
        if (!JakartaSecurity.isAvailable()) {
            return null;
        }
        try {
            var instance = CDI.current().select(SecurityContext.class);
            return instance.isResolvable() ? instance.get() : null;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Jakarta Security is not available; the token gets no groups", e);
            return null;
        }
    }
}
