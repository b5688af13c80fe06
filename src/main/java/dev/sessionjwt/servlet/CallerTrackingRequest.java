package dev.sessionjwt.servlet;

import java.io.IOException;

import dev.sessionjwt.claims.Caller;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The request as the application sees it behind the library's filter: after a programmatic
 * {@code login}, {@code authenticate} or {@code logout}, a token is issued for the new caller, owed until the next
 * commit point like every token of the request ({@link CookieUpdates#commitPoint}), so a redirect right after the
 * login carries it. {@code authenticate} and {@code startAsync} are commit points themselves: the container's
 * mechanism, or the application's asynchronous work, may commit the response on the container's own response
 * object, where the library does not see it. The token attribute ({@link RequestAttributes#TOKEN}) is read after the
 * owed token is signed, so it always names the token the response carries.
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

    /**
     * The container's mechanism may commit the response on the container's own response object: what is owed is
     * signed first, and during the call tokens are signed at once, unless the mechanism says its login commits nothing
     * ({@link Caller#LOGIN_COMMITS_NOTHING}, the library's own mechanism): then the tokens of the session and the ids
     * the login goes through are owed, and only the last is signed, as the call returns (a container that changes the
     * id again after the login, or a mechanism that creates the session first, costs no second signature).
     */
    @Override
    public boolean authenticate(HttpServletResponse response) throws IOException, ServletException {
        boolean deferring = state.defers();
        state.updates().commitPoint(state);
        state.setAuthenticating(true);
        boolean authenticated;
        try {
            authenticated = super.authenticate(response);
        } finally {
            state.setAuthenticating(false);
            super.removeAttribute(Caller.LOGIN_COMMITS_NOTHING);
            state.setDeferring(deferring && !committed(response) && !committed(state.response()));
        }
        state.updates().onCallerChange(state, false);
        // signed before the call returns: Open Liberty puts back, when the response commits, the Set-Cookie header
        // the response carried as authenticate returned (a token put in after it is lost; SignaturesPerRequestIT)
        state.updates().signOwed(state);
        return authenticated;
    }

    private static boolean committed(HttpServletResponse response) {
        return response != null && response.isCommitted();
    }

    @Override
    public Object getAttribute(String name) {
        if (RequestAttributes.TOKEN.equals(name)) {
            state.updates().signOwed(state);
        }
        return super.getAttribute(name);
    }

    @Override
    public AsyncContext startAsync() {
        state.updates().commitPoint(state);
        return super.startAsync();
    }

    @Override
    public AsyncContext startAsync(ServletRequest servletRequest, ServletResponse servletResponse) {
        state.updates().commitPoint(state);
        return super.startAsync(servletRequest, servletResponse);
    }

    @Override
    public void logout() throws ServletException {
        super.logout();
        state.updates().onCallerChange(state, true);
    }
}
