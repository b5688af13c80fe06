package dev.sessionjwt.servlet;

/**
 * The {@link RequestState} of the request the current thread is serving, so that session listeners,
 * which receive no request, can write into its response.
 */
final class CurrentRequest {

    private static final ThreadLocal<RequestState> STATE = new ThreadLocal<>();

    private CurrentRequest() {
    }

    static void set(RequestState state) {
        STATE.set(state);
    }

    /** The current request's state, or null outside a request (a session expiring in the background). */
    static RequestState get() {
        return STATE.get();
    }

    static void clear() {
        STATE.remove();
    }
}
