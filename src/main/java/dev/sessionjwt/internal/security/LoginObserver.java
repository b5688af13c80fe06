package dev.sessionjwt.internal.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

import dev.sessionjwt.claims.Caller;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Sees every successful {@code validateRequest} of the application's authentication mechanisms, inside
 * {@code @LoginToContinue} (which may redirect before any filter runs), and hands the new caller to the
 * library's request handling, which rotates the session id and issues the token for that caller while the
 * response can still take it.
 */
@SessionJwtLogin
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class LoginObserver implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param invocation the intercepted mechanism call
     * @return what the mechanism returned
     * @throws Exception what the mechanism threw
     */
    @AroundInvoke
    public Object observe(InvocationContext invocation) throws Exception {
        Object result = invocation.proceed();
        if (result == AuthenticationStatus.SUCCESS && "validateRequest".equals(invocation.getMethod().getName())
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context) {
            Principal principal = context.getCallerPrincipal();
            if (principal != null) {
                HttpServletRequest request = context.getRequest();
                Caller.authenticated(request, new Caller(principal.getName(), principal,
                        context.getGroups() == null ? List.of() : context.getGroups().stream().sorted().toList()));
            }
        }
        return result;
    }
}
