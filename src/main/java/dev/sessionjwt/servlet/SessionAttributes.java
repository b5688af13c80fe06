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

    /**
     * Present (a {@link Boolean}) once the library issued the session a token, for the rest of the session's life:
     * the library puts it back if the application removes it. A session with it is never reached by its plain id
     * during the rollout window ({@code session-jwt.accept-plain-session-ids-until}). Applications leave it alone.
     */
    public static final String TOKEN_ISSUED = "dev.sessionjwt.token-issued";

    /** The caller name the current token was issued for, absent when anonymous. */
    public static final String CALLER = "dev.sessionjwt.caller";

    private SessionAttributes() {
    }
}
