package dev.sessionjwt.internal.container;

/**
 * Whether Jakarta Security is on the library's class path. A Jakarta EE server always has it; a plain servlet
 * container (Tomcat with Weld) has it only when the application brings it (Soteria). Without it the library's
 * authentication pieces stay dormant ({@code SJWT0024} at deployment): the cookie binding, claims, keys and the JWK
 * set work as usual. This class names no Jakarta Security type, so it loads everywhere.
 */
public final class JakartaSecurity {

    /** The type whose presence decides: the authentication mechanism interface of Jakarta Security 3. */
    static final String PROBE = "jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism";

    private static final boolean AVAILABLE = isAvailable(JakartaSecurity.class.getClassLoader());

    private JakartaSecurity() {
    }

    /** Whether the class loader that loaded the library sees Jakarta Security; decided once. */
    public static boolean isAvailable() {
        return AVAILABLE;
    }

    /**
     * @param loader the class loader to ask, null for the bootstrap loader
     * @return whether it can load Jakarta Security's API, without initializing anything
     */
    public static boolean isAvailable(ClassLoader loader) {
        try {
            Class.forName(PROBE, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
