package dev.sessionjwt.servlet;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs after authentication: re-issues the token when the caller changed (a login by the application's
 * mechanism), hands the application a request that tracks programmatic logins, and after the chain puts
 * the decided cookie back if the response lost it (a {@code response.reset()}) and is not yet committed. A
 * request the binding listener did not admit ({@link FailClosed}: detaching it failed, the listener failed before it
 * could bind, or it never ran) is answered here with a 503, without running the chain.
 */
final class CookieCommitFilter implements Filter {

    private final RuntimeHolder holder;

    CookieCommitFilter(RuntimeHolder holder) {
        this.holder = holder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && FailClosed.isRefused(http)
                && response instanceof HttpServletResponse httpResponse) {
            FailClosed.answer(httpResponse);
            return;
        }
        RequestState state = CurrentRequest.get();
        if (state == null || !(request instanceof HttpServletRequest http)
                || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        SessionJwtRuntime runtime = holder.get();
        state.offerResponse(httpResponse);
        runtime.updates().flush(state);
        runtime.updates().onCallerChange(state, false);
        try {
            chain.doFilter(new CallerTrackingRequest(http, state), response);
        } finally {
            if (!httpResponse.isCommitted()) {
                runtime.updates().onCallerChange(state, false);
            }
            runtime.updates().flush(state);
            runtime.replication().flush(state);
        }
    }
}
