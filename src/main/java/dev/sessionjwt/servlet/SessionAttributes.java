package dev.sessionjwt.servlet;

/**
 * Names of the session attributes the library keeps in the container's session.
 *
 * @since 1.0
 */
public final class SessionAttributes {

    /**
     * The claims of the session's current token, by their long names (an unmodifiable, serializable
     * {@code Map<String, Object>} in token order), as django-session-jwt copies them into the session. The same
     * value carries what the session remembers of the tokens issued to it, so that its own cookie needs no
     * signature check: applications read it, and never write it (a value they write makes the next request verify
     * its token in full).
     */
    public static final String CLAIMS = "dev.sessionjwt.claims";

    /** The caller name the current token was issued for, absent when anonymous. */
    public static final String CALLER = "dev.sessionjwt.caller";

    private SessionAttributes() {
    }
}
