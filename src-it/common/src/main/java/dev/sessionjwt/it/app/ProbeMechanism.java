package dev.sessionjwt.it.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * An application's own Jakarta Security mechanism that authenticates no one and records which session
 * it saw in {@code validateRequest}, proving the session is bound before authentication runs.
 */
@ApplicationScoped
public class ProbeMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the session id the mechanism saw, or "none". */
    public static final String SEEN_SESSION = "probe.mechanism.session";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        request.setAttribute(SEEN_SESSION, session == null ? "none" : session.getId());
        return context.doNothing();
    }
}
