package dev.sessionjwt.internal.container;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Refreshes Weld's per-request session cache after the session was bound. Weld's request listener runs
 * before the library's and caches {@code request.getSession(false)} in its thread-local
 * {@code SessionHolder}; {@code @SessionScoped} beans read only that cache.
 */
public final class WeldSessionRefresh {

    private static final String SESSION_HOLDER = "org.jboss.weld.module.web.servlet.SessionHolder";

    private final MethodHandle requestInitialized;

    private WeldSessionRefresh(MethodHandle requestInitialized) {
        this.requestInitialized = requestInitialized;
    }

    /**
     * Finds Weld's session holder through the given class loader.
     *
     * @param loader the application's class loader
     * @return a refresher; one that does nothing when Weld is not present
     */
    public static WeldSessionRefresh forClassLoader(ClassLoader loader) {
        try {
            Class<?> holder = Class.forName(SESSION_HOLDER, true, loader);
            MethodHandle handle = MethodHandles.publicLookup().findStatic(holder, "requestInitialized",
                    MethodType.methodType(void.class, HttpServletRequest.class));
            return new WeldSessionRefresh(handle);
        } catch (ReflectiveOperationException | LinkageError e) {
            return new WeldSessionRefresh(null);
        }
    }

    /** Whether Weld was found. */
    public boolean isActive() {
        return requestInitialized != null;
    }

    /**
     * Makes Weld re-read the request's session.
     *
     * @param request the bound request, not null
     */
    public void refresh(HttpServletRequest request) {
        if (requestInitialized == null) {
            return;
        }
        try {
            requestInitialized.invokeExact(request);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
