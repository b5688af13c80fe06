package dev.sessionjwt.internal.security;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.container.CallerPrincipals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The authentication mechanism the library installs when the application defines none: a programmatic
 * login ({@code SecurityContext.authenticate} with a credential) is validated by the application's identity
 * stores and registered with the container for the session; later requests get the caller back from the
 * session the token names ({@link AutoApplySession}, or where the server keeps that elsewhere, Open Liberty, the
 * {@link SessionCaller} kept in the session); a protected resource without a caller answers 401. A
 * failed programmatic login returns {@code SEND_FAILURE} and leaves the response to the application.
 * The session id is rotated and the new token issued by the library's request handling.
 *
 * <pre>
 * securityContext.authenticate(request, response,
 *         withParams().credential(new UsernamePasswordCredential(user, password)));
 * </pre>
 */
@ApplicationScoped
@AutoApplySession
public class SessionJwtAuthenticationMechanism implements HttpAuthenticationMechanism {

    /**
     * Looked up on first use rather than injected: on GlassFish 7 a bean that an extension adds from a library jar
     * cannot be injected with the {@code IdentityStoreHandler} that Soteria's extension adds (the deployment fails
     * with WELD-001408), while the application's bean manager resolves it.
     */
    private volatile IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores().validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                // SUCCESS, and nothing written: the library may owe the tokens of the sessions and ids the login goes
                // through (here, where the server keeps no caller, a new session for the copy) until the call returns
                request.setAttribute(Caller.LOGIN_COMMITS_NOTHING, Boolean.TRUE);
                if (!containerKeepsCaller(request)) {
                    new SessionCaller(result.getCallerPrincipal(), result.getCallerGroups()).storeIn(request);
                }
                return context.notifyContainerAboutLogin(result);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        SessionCaller kept = request.getUserPrincipal() == null && !containerKeepsCaller(request)
                ? SessionCaller.of(request) : null;
        if (kept != null) {
            return context.notifyContainerAboutLogin(kept.principal(), kept.groups());
        }
        if (context.isProtected()) {
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    /** Logout: the caller kept in the session is forgotten too, then the client subject is cleaned. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Whether the server keeps the caller in the session itself, so the mechanism neither stores nor reads a copy. */
    private static boolean containerKeepsCaller(HttpServletRequest request) {
        return !Boolean.FALSE.equals(request.getServletContext().getAttribute(CallerPrincipals.KEEPS_CALLER_ATTRIBUTE));
    }

    private IdentityStoreHandler identityStores() {
        IdentityStoreHandler handler = identityStores;
        if (handler == null) {
            handler = CDI.current().select(IdentityStoreHandler.class).get();
            identityStores = handler;
        }
        return handler;
    }
}
