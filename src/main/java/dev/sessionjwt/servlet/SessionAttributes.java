package dev.sessionjwt.servlet;

/**
 * Names of the session attributes the library keeps in the container's session.
 */
public final class SessionAttributes {

    /**
     * The claims of the session's current token, by their long names (a {@code Map<String, Object>}), as
     * django-session-jwt copies them into the session.
     */
    public static final String CLAIMS = "dev.sessionjwt.claims";

    /** The caller name the current token was issued for, absent when anonymous. */
    public static final String CALLER = "dev.sessionjwt.caller";

    private SessionAttributes() {
    }
}
