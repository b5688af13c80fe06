package dev.sessionjwt.servlet;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The fallback writer: hands the response to the request's state if the container did not expose it
 * earlier, and after the chain puts the decided cookie back if the response lost it (a
 * {@code response.reset()}) and is not yet committed.
 */
final class CookieCommitFilter implements Filter {

    private final RuntimeHolder holder;

    CookieCommitFilter(RuntimeHolder holder) {
        this.holder = holder;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestState state = CurrentRequest.get();
        if (state != null && response instanceof HttpServletResponse http) {
            state.offerResponse(http);
            holder.get().updates().flush(state);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (state != null) {
                holder.get().updates().flush(state);
            }
        }
    }
}
