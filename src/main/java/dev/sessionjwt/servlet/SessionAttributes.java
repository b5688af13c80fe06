package dev.sessionjwt.servlet;

/**
 * Names of the session attributes the library keeps in the container's session.
 *
 * @since 1.0
 */
public final class SessionAttributes {

    /**
     * The claims of the session's current token, by their long names (an unmodifiable, serializable
     * {@code Map<String, Object>} in token order), as django-session-jwt copies them into the session.
     */
    public static final String CLAIMS = "dev.sessionjwt.claims";

    /** The caller name the current token was issued for, absent when anonymous. */
    public static final String CALLER = "dev.sessionjwt.caller";

    /**
     * What the session remembers of the tokens issued to it (an opaque, serializable value of 56 bytes), so
     * that its own cookie needs no signature check. Not for applications to read or write.
     */
    public static final String ISSUED_TOKENS = "dev.sessionjwt.issued";

    private SessionAttributes() {
    }
}
