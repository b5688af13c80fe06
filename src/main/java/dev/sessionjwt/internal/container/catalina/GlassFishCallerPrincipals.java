package dev.sessionjwt.internal.container.catalina;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Collection;
import java.util.List;

import dev.sessionjwt.container.CallerPrincipals;

/**
 * {@link CallerPrincipals} as Payara and GlassFish hold them: the groups (each an {@code org.glassfish.security.common.Group} principal in the subject) and
 * the application's own principal object (wrapped in a {@code WebPrincipal}, reachable through its public
 * {@code getCustomPrincipal()}).
 */
final class GlassFishCallerPrincipals implements CallerPrincipals {

    /** The one instance; it holds no state. */
    static final GlassFishCallerPrincipals INSTANCE = new GlassFishCallerPrincipals();

    private static final String GROUP_CLASS = "Group";
    private static final String CUSTOM_PRINCIPAL = "getCustomPrincipal";

    /** {@value #CUSTOM_PRINCIPAL} by principal class, looked up once per class; null where there is none. */
    private static final ClassValue<Method> CUSTOM_PRINCIPAL_METHOD = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                return type.getMethod(CUSTOM_PRINCIPAL);
            } catch (NoSuchMethodException | RuntimeException e) {
                return null;
            }
        }
    };

    private GlassFishCallerPrincipals() {
    }

    /**
     * @param principals all principals of the caller's subject, not null
     * @return the group names, sorted, without duplicates
     */
    @Override
    public List<String> groups(Collection<? extends Principal> principals) {
        return principals.stream()
                .filter(principal -> principal.getClass().getSimpleName().equals(GROUP_CLASS))
                .map(Principal::getName)
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * @param principal the caller principal as the container reports it, not null
     * @return the principal the application's identity store created, or {@code principal} itself
     */
    @Override
    public Principal applicationPrincipal(Principal principal) {
        Method custom = CUSTOM_PRINCIPAL_METHOD.get(principal.getClass());
        if (custom == null) {
            return principal;
        }
        try {
            return custom.invoke(principal) instanceof Principal own ? own : principal;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return principal;
        }
    }

}
