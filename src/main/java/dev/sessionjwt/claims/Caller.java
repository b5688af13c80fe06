package dev.sessionjwt.claims;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import dev.sessionjwt.container.CallerPrincipals;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The authenticated caller of a request: name, principal object and groups.
 *
 * @param name      the caller name
 * @param principal the application's own principal when Jakarta Security has it, else the container's
 * @param groups    the caller's groups, sorted (see {@link CallerPrincipals})
 */
public record Caller(String name, Principal principal, List<String> groups) {

    private static final Logger LOG = Logger.getLogger(Caller.class.getName());

    /** Freezes the groups. */
    public Caller {
        groups = List.copyOf(groups);
    }

    /**
     * @param request the request, not null
     * @return the caller, or empty when the request is anonymous
     */
    public static Optional<Caller> of(HttpServletRequest request) {
        Principal container = request.getUserPrincipal();
        if (container == null) {
            return Optional.empty();
        }
        SecurityContext security = securityContext();
        Principal principal = container;
        List<String> groups = List.of();
        if (security != null) {
            Principal own = security.getCallerPrincipal();
            principal = own != null ? own : container;
            groups = CallerPrincipals.groups(security.getPrincipalsByType(Principal.class));
        }
        return Optional.of(new Caller(container.getName(), CallerPrincipals.applicationPrincipal(principal), groups));
    }

    /** The current caller's name, without looking up groups; null when anonymous. */
    public static String nameOf(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    private static SecurityContext securityContext() {
        try {
            var instance = CDI.current().select(SecurityContext.class);
            return instance.isResolvable() ? instance.get() : null;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "Jakarta Security is not available; the token gets no groups", e);
            return null;
        }
    }
}
