package dev.sessionjwt.demo.app;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The demo's roles. The demo defines no authentication mechanism of its own, so session-jwt installs its
 * mechanism: the sign-in form and {@code api/login} call {@code SecurityContext.authenticate} with the user's
 * credential, validated by {@link DemoIdentityStore}.
 */
@ApplicationScoped
@DeclareRoles({"user", "admin"})
public class DemoSecurity {
}
