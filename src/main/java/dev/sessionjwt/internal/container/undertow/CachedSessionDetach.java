package dev.sessionjwt.internal.container.undertow;

import java.lang.reflect.Field;

import dev.sessionjwt.internal.message.Message;

import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.servlet.spec.ServletContextImpl;
import io.undertow.util.AttachmentKey;

/**
 * Drops the session Undertow cached for a request, for the one case the public API cannot express: a request bound
 * to its token's session and then unbound (the library fails closed after an error). Undertow keeps the resolved
 * {@code HttpSessionImpl} in an exchange attachment whose key is a private field of {@code ServletContextImpl}
 * ({@code sessionAttachmentKey}), with no method to forget it; this class reads that one field reflectively (found
 * once, at deployment). The public {@code ServletRequestContext.setSession(null)} clears the second, public cache.
 * Ordinary requests never get here: Undertow caches a session only after the library bound it.
 */
final class CachedSessionDetach {

    private static final String KEY_FIELD = "sessionAttachmentKey";

    private final Field key;
    private final String problem;

    private CachedSessionDetach(Field key, String problem) {
        this.key = key;
        this.problem = problem;
    }

    /**
     * @return the detacher for this Undertow; one that fails on use if the field is not there
     */
    static CachedSessionDetach forUndertow() {
        try {
            Field field = ServletContextImpl.class.getDeclaredField(KEY_FIELD);
            if (field.getType() != AttachmentKey.class) {
                return new CachedSessionDetach(null, "its type is " + field.getType().getName());
            }
            field.setAccessible(true);
            return new CachedSessionDetach(field, null);
        } catch (NoSuchFieldException | RuntimeException e) {
            return new CachedSessionDetach(null, e.toString());
        }
    }

    /**
     * Removes the session the request resolved in its current servlet context, if any.
     *
     * @param current the request's context, not null
     * @throws IllegalStateException if this Undertow keeps it where the detacher cannot reach
     */
    void detach(ServletRequestContext current) {
        if (key == null) {
            throw new IllegalStateException(Message.UNDERTOW_CACHED_SESSION.format("ServletContextImpl." + KEY_FIELD
                    + " is not usable in this Undertow version (" + problem + ")"));
        }
        try {
            current.getExchange().removeAttachment((AttachmentKey<?>) key.get(current.getCurrentServletContext()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(Message.UNDERTOW_CACHED_SESSION.format(e.toString()), e);
        }
        current.setSession(null);
    }
}
