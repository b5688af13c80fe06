package dev.sessionjwt.it.ee11.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition.Credentials;

/**
 * The application's users, in Jakarta Security 4.0's in-memory identity store: the only identity store of the WAR,
 * which has no authentication mechanism of its own, so the library's mechanism validates logins against it.
 */
@ApplicationScoped
@InMemoryIdentityStoreDefinition({
        @Credentials(callerName = "ada", password = "ada-password", groups = {"user"}),
        @Credentials(callerName = "grace", password = "grace-password", groups = {"user", "admin"})
})
public class InMemoryUsers {
}
