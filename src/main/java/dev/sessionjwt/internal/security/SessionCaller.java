package dev.sessionjwt.internal.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The caller a programmatic login through the library's mechanism established, kept in the session, so that the
 * mechanism can restore it where the server's {@code @AutoApplySession} keeps it elsewhere: Open Liberty registers
 * the session's caller in its own single-sign-on cookie ({@code LtpaToken2}), which a client holding only the session
 * cookie does not send. Payara, GlassFish and WildFly keep it in the session themselves and never need this copy.
 *
 * @param principal the principal the identity store returned, not null
 * @param groups    its groups, not null
 */
record SessionCaller(Principal principal, Set<String> groups) implements Serializable {

    /** The session attribute. */
    static final String ATTRIBUTE = SessionCaller.class.getName();

    SessionCaller {
        groups = Set.copyOf(groups);
    }

    /** Keeps the caller in the request's session, creating the session if there is none yet. */
    void storeIn(HttpServletRequest request) {
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }

    /**
     * @param request the request, not null
     * @return the caller kept in the request's session, or null
     */
    static SessionCaller of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller ? caller : null;
    }

    /** Forgets the caller kept in the request's session (logout). */
    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(ATTRIBUTE);
            } catch (IllegalStateException e) {
                // invalidated meanwhile: nothing to forget
            }
        }
    }
}
