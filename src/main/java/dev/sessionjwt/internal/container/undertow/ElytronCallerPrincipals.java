package dev.sessionjwt.internal.container.undertow;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import dev.sessionjwt.container.CallerPrincipals;

/**
 * The caller's groups on WildFly: the roles of Elytron's current security identity
 * ({@code SecurityDomain.getCurrent().getCurrentSecurityIdentity().getRoles()}, public Elytron API that WildFly makes
 * visible to every deployment), because neither the servlet API nor Jakarta Security names them and WildFly's
 * principals carry none. With {@code integrated-jaspi=false} (src/site/markdown/wildfly.md) the groups a Jakarta Security mechanism
 * reports become the identity's roles one to one. Called by name, so the library needs no Elytron jar; where Elytron
 * is absent it reads no groups, as {@link CallerPrincipals#STANDARD}.
 */
final class ElytronCallerPrincipals implements CallerPrincipals {

    private static final String SECURITY_DOMAIN = "org.wildfly.security.auth.server.SecurityDomain";

    private final MethodHandle currentDomain;
    private final MethodHandle currentIdentity;
    private final MethodHandle roles;

    private ElytronCallerPrincipals(MethodHandle currentDomain, MethodHandle currentIdentity, MethodHandle roles) {
        this.currentDomain = currentDomain;
        this.currentIdentity = currentIdentity;
        this.roles = roles;
    }

    /**
     * @param loader the application's class loader
     * @return Elytron's reader, or {@link CallerPrincipals#STANDARD} when the application cannot see Elytron
     */
    static CallerPrincipals forClassLoader(ClassLoader loader) {
        try {
            Class<?> domain = Class.forName(SECURITY_DOMAIN, false, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle current = lookup.findStatic(domain, "getCurrent", MethodType.methodType(domain));
            Class<?> identity = domain.getMethod("getCurrentSecurityIdentity").getReturnType();
            MethodHandle currentIdentity = lookup.unreflect(domain.getMethod("getCurrentSecurityIdentity"));
            MethodHandle roles = lookup.unreflect(identity.getMethod("getRoles"));
            return new ElytronCallerPrincipals(current, currentIdentity, roles);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return STANDARD;
        }
    }

    /** The roles of the current identity, sorted; the principals are not consulted (WildFly's carry no groups). */
    @Override
    public List<String> groups(Collection<? extends Principal> principals) {
        try {
            Object domain = currentDomain.invoke();
            Object identity = domain == null ? null : currentIdentity.invoke(domain);
            if (identity == null || !(roles.invoke(identity) instanceof Iterable<?> names)) {
                return List.of();
            }
            TreeSet<String> sorted = new TreeSet<>();
            for (Object name : names) {
                sorted.add(String.valueOf(name));
            }
            return List.copyOf(sorted);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("reading the caller's roles from Elytron failed", e);
        }
    }

    @Override
    public Principal applicationPrincipal(Principal principal) {
        return principal;
    }
}
