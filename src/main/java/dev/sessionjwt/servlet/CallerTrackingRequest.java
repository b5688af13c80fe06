package dev.sessionjwt.servlet;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The request as the application sees it behind the library's filter: after a programmatic
 * {@code login}, {@code authenticate} or {@code logout}, the token is re-issued for the new caller at once,
 * so a redirect right after the login already carries it.
 */
final class CallerTrackingRequest extends HttpServletRequestWrapper {

    private final RequestState state;
    private final CallerChanges changes;

    CallerTrackingRequest(HttpServletRequest request, RequestState state, CallerChanges changes) {
        super(request);
        this.state = state;
        this.changes = changes;
    }

    @Override
    public void login(String username, String password) throws ServletException {
        super.login(username, password);
        changes.check(state, false);
    }

    @Override
    public boolean authenticate(HttpServletResponse response) throws IOException, ServletException {
        boolean authenticated = super.authenticate(response);
        changes.check(state, false);
        return authenticated;
    }

    @Override
    public void logout() throws ServletException {
        super.logout();
        changes.check(state, true);
    }

    /** Reacts to a possible change of caller. */
    @FunctionalInterface
    interface CallerChanges {
        /** @param loggedOut whether the caller logged out explicitly */
        void check(RequestState state, boolean loggedOut);
    }
}
