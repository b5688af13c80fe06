package dev.sessionjwt.servlet;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;

/**
 * Keeps the mark of a session that was ever issued a token ({@link SessionAttributes#TOKEN_ISSUED}) for the
 * session's whole life: the library sets it with every token, and puts it back when the application removes it (an
 * application that signs out by removing every attribute of the session it keeps), so the rollout window never
 * upgrades an id that has been readable in a token ({@link PlainSessionIdUpgrade}). The mark is a plain
 * {@link Boolean} attribute of the session: it is serialized, restored after a redeploy that keeps sessions and
 * replicated with the session, by any container and any version of the library.
 */
final class TokenIssuedMark implements HttpSessionAttributeListener {

    /** Marks the session as having been issued a token. */
    static void set(HttpSession session) {
        session.setAttribute(SessionAttributes.TOKEN_ISSUED, Boolean.TRUE);
    }

    /** Whether the session was ever issued a token by the library. */
    static boolean isSet(HttpSession session) {
        return session.getAttribute(SessionAttributes.TOKEN_ISSUED) != null
                || session.getAttribute(SessionAttributes.CLAIMS) != null;
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (!SessionAttributes.TOKEN_ISSUED.equals(event.getName())) {
            return;
        }
        try {
            set(event.getSession());
        } catch (IllegalStateException invalidated) {
            // the session is being invalidated (its attributes are removed last): nothing left to protect
        }
    }
}
