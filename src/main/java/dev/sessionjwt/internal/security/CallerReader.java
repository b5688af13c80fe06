package dev.sessionjwt.internal.security;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.container.CallerPrincipals;
import dev.sessionjwt.internal.container.JakartaSecurity;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads the authenticated caller of a request the way the deployment's container adapter says
 * ({@link CallerPrincipals}), through Jakarta Security's {@code SecurityContext} where the server has it. The servlet
 * initializer publishes one per application under {@link Caller#READER}, where {@link Caller#of} finds it, so
 * that the {@code claims} package names no container type.
 *
 * <pre>
 * context.setAttribute(Caller.READER, new CallerReader(adapter.callerPrincipals()));
 * </pre>
 */
public final class CallerReader implements Function<HttpServletRequest, Optional<Caller>> {

    private static final Logger LOG = Logger.getLogger(CallerReader.class.getName());

    private final CallerPrincipals principals;

    /** @param principals how the deployment's container represents groups and principals, not null */
    public CallerReader(CallerPrincipals principals) {
        this.principals = principals;
    }

    /**
     * @param request the request, not null
     * @return the caller, or empty when the request is anonymous
     */
    @Override
    public Optional<Caller> apply(HttpServletRequest request) {
        Principal container = request.getUserPrincipal();
        if (container == null) {
            return request.getAttribute(Caller.AUTHENTICATED) instanceof Caller fresh ? Optional.of(fresh)
                    : Optional.empty();
        }
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
