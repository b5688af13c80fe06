package dev.sessionjwt.it.app.form;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/** An application with its own form login (Jakarta Security's built-in form mechanism). */
@ApplicationScoped
@DeclareRoles({"user", "admin"})
@FormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/login.html",
        errorPage = "/login-error.html"))
public class FormLogin {
}
