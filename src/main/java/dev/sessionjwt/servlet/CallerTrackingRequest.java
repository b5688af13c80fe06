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

    CallerTrackingRequest(HttpServletRequest request, RequestState state) {
        super(request);
        this.state = state;
    }

    @Override
    public void login(String username, String password) throws ServletException {
        super.login(username, password);
        state.updates().onCallerChange(state, false);
    }

    @Override
    public boolean authenticate(HttpServletResponse response) throws IOException, ServletException {
        boolean authenticated = super.authenticate(response);
        state.updates().onCallerChange(state, false);
        return authenticated;
    }

    @Override
    public void logout() throws ServletException {
        super.logout();
        state.updates().onCallerChange(state, true);
    }
}
