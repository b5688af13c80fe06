package dev.sessionjwt.internal.container.liberty;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import dev.sessionjwt.container.CallerPrincipals;

/**
 * The caller's groups on Liberty: the group ids of the {@code WSCredential} in the caller's subject
 * ({@code WSSubject.getCallerSubject()}, Liberty's public security API, visible to applications by default), which
 * Liberty writes as {@code group:<realm>/<name>}; the name is what follows the realm. Neither the servlet API nor
 * Jakarta Security names groups, and Liberty's caller principal carries none. Called by name, so the library needs no
 * Liberty jar; where the API is not visible it reads no groups, as {@link CallerPrincipals#STANDARD}.
 */
final class LibertyCallerPrincipals implements CallerPrincipals {

    private static final String WS_SUBJECT = "com.ibm.websphere.security.auth.WSSubject";
    private static final String WS_CREDENTIAL = "com.ibm.websphere.security.cred.WSCredential";
    private static final String GROUP_PREFIX = "group:";

    private final Method callerSubject;
    private final Class<?> credentialType;
    private final Method groupIds;

    private LibertyCallerPrincipals(Method callerSubject, Class<?> credentialType, Method groupIds) {
        this.callerSubject = callerSubject;
        this.credentialType = credentialType;
        this.groupIds = groupIds;
    }

    /**
     * @param loader the application's class loader
     * @return Liberty's reader, or {@link CallerPrincipals#STANDARD} when the application cannot see Liberty's API
     */
    static CallerPrincipals forClassLoader(ClassLoader loader) {
        try {
            Class<?> subject = Class.forName(WS_SUBJECT, false, loader);
            Class<?> credential = Class.forName(WS_CREDENTIAL, false, loader);
            return new LibertyCallerPrincipals(subject.getMethod("getCallerSubject"), credential,
                    credential.getMethod("getGroupIds"));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return STANDARD;
        }
    }

    /** The group names of the caller's credential, sorted; the principals are not consulted (Liberty's carry none). */
    @Override
    public List<String> groups(Collection<? extends Principal> principals) {
        try {
            if (!(callerSubject.invoke(null) instanceof Subject subject)) {
                return List.of();
            }
            Set<String> names = new TreeSet<>();
            for (Object credential : subject.getPublicCredentials(credentialType)) {
                if (groupIds.invoke(credential) instanceof Iterable<?> ids) {
                    for (Object id : ids) {
                        names.add(name(String.valueOf(id)));
                    }
                }
            }
            return List.copyOf(names);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("reading the caller's groups from Liberty's WSSubject failed", e);
        }
    }

    @Override
    public Principal applicationPrincipal(Principal principal) {
        return principal;
    }

    /** {@code group:defaultRealm/admin} is {@code admin}; an id in another form is taken as it is. */
    static String name(String groupId) {
        if (!groupId.startsWith(GROUP_PREFIX)) {
            return groupId;
        }
        int realmEnd = groupId.indexOf('/', GROUP_PREFIX.length());
        return realmEnd < 0 ? groupId.substring(GROUP_PREFIX.length()) : groupId.substring(realmEnd + 1);
    }
}
