package dev.sessionjwt.servlet;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Runs after authentication: re-issues the token when the caller changed (a login by the application's mechanism),
 * hands the application a request that tracks programmatic logins, and after the chain puts the decided cookie back if
 * the response lost it (a {@code response.reset()}) and is not yet committed. Until the application reaches for the
 * output or commits the response (every such call goes through the response it is handed here, Servlet 6.1's {@code
 * sendRedirect} overloads included) a token decided for the session is only owed, so a request that changes the
 * session's id or caller several times signs once, and one that ends the session signs nothing ({@link
 * CookieUpdates#commitPoint}). A request the binding listener did not admit ({@link FailClosed}: detaching it failed,
 * the listener failed before it could bind, or it never ran) is answered here with a 503, without running the chain.
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
        state.setDeferring(runtime.replication() == SessionReplication.NONE && !httpResponse.isCommitted());
        runtime.updates().onCallerChange(state, false);
        try {
            chain.doFilter(new CallerTrackingRequest(http, state), new CommitPoints(httpResponse, state));
        } finally {
            if (!httpResponse.isCommitted()) {
                runtime.updates().onCallerChange(state, false);
            }
            runtime.updates().commitPoint(state);
            runtime.updates().flush(state);
            runtime.replication().flush(state);
        }
    }

    /**
     * The response as the application sees it: before it hands out the output or commits the response, the token owed
     * to the session is signed and put into the headers, and the request stops deferring (from then on any write may
     * commit the response).
     */
    private static final class CommitPoints extends HttpServletResponseWrapper {

        private final RequestState state;

        CommitPoints(HttpServletResponse response, RequestState state) {
            super(response);
            this.state = state;
        }

        private void reached() {
            if (state.defers()) {
                state.updates().commitPoint(state);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            reached();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            reached();
            return super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            reached();
            super.flushBuffer();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            reached();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            reached();
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            reached();
            super.sendRedirect(location);
        }

        /*
         * Servlet 6.1 (Jakarta EE 11) added three sendRedirect overloads, and its HttpServletResponseWrapper passes each
         * straight to the wrapped response: without these, a redirect with a status code (303 after a login form) would
         * commit the response past the commit point, and on a server that commits a redirect at once the owed token
         * would be lost. Not @Override: the library is built against Servlet 6.0, where they do not exist
         * (Servlet61SessionIT, src-it/ee11, on every Jakarta EE 11 server).
         */

        /** Servlet 6.1's {@code sendRedirect(String, int)}: the commit point, then the wrapped response's. */
        public void sendRedirect(String location, int sc) throws IOException {
            reached();
            RedirectOverloads.sendRedirect((HttpServletResponse) getResponse(), location, sc);
        }

        /** Servlet 6.1's {@code sendRedirect(String, boolean)}: the commit point, then the wrapped response's. */
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            reached();
            RedirectOverloads.sendRedirect((HttpServletResponse) getResponse(), location, clearBuffer);
        }

        /** Servlet 6.1's {@code sendRedirect(String, int, boolean)}: the commit point, then the wrapped response's. */
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            reached();
            RedirectOverloads.sendRedirect((HttpServletResponse) getResponse(), location, sc, clearBuffer);
        }
    }
}
