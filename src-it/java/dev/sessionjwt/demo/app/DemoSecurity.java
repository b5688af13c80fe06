package dev.sessionjwt.demo.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The demo's authentication: a custom form (the page's login form posts to {@code api/login}, which calls
 * {@code SecurityContext.authenticate}) against {@link DemoIdentityStore}, remembered in the session.
 */
@ApplicationScoped
@DeclareRoles({"user", "admin"})
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/", errorPage = "",
        useForwardToLogin = false))
public class DemoSecurity {
}
