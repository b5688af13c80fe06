package dev.sessionjwt.container.undertow;

import java.lang.reflect.Field;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.spec.ServletContextImpl;
import io.undertow.util.AttachmentKey;

/**
 * Drops the session Undertow cached on an exchange, for the one case the public API cannot express: a request bound
 * to its token's session and then unbound (the library fails closed after an error). Undertow keeps the resolved
 * {@code HttpSessionImpl} under an attachment key that is a private field of {@code ServletContextImpl}
 * ({@code sessionAttachmentKey}), with no method to forget it; this class reads that key reflectively, once per
 * context class. Ordinary requests never get here: the session is cached only after the library bound it.
 */
final class CachedSessionDetach {

    private static final String KEY_FIELD = "sessionAttachmentKey";

    private final Field key;

    private CachedSessionDetach(Field key) {
        this.key = key;
    }

    /**
     * @return the detacher for this Undertow; one that fails on use if the field is not there
     */
    static CachedSessionDetach forUndertow() {
        try {
            Field field = ServletContextImpl.class.getDeclaredField(KEY_FIELD);
            field.setAccessible(true);
            return new CachedSessionDetach(field);
        } catch (NoSuchFieldException | RuntimeException e) {
            return new CachedSessionDetach(null);
        }
    }

    /**
     * Removes the request's cached session of {@code context} from the exchange.
     *
     * @throws IllegalStateException if this Undertow keeps it elsewhere
     */
    void detach(ServletContextImpl context, HttpServerExchange exchange) {
        if (key == null) {
            throw new IllegalStateException("SJWT0016: cannot drop the session Undertow cached for the request:"
                    + " ServletContextImpl." + KEY_FIELD + " is missing in this Undertow version");
        }
        try {
            exchange.removeAttachment((AttachmentKey<?>) key.get(context));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("SJWT0016: cannot drop the session Undertow cached for the request", e);
        }
    }
}
