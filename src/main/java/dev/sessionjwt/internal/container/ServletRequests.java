package dev.sessionjwt.internal.container;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

/**
 * The server's own request behind the application's wrappers, which every container adapter unwraps to before it
 * reaches the server's internals.
 */
public final class ServletRequests {

    private ServletRequests() {
    }

    /**
     * @param request a request, possibly wrapped any number of times
     * @return the innermost request: the one the server created
     */
    public static ServletRequest innermost(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof ServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current;
    }
}
