package dev.sessionjwt.it.tomcat11.app.inmemory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.InMemoryIdentityStoreDefinition.Credentials;

/**
 * The application's users, declared with Jakarta Security 4.0's {@code @InMemoryIdentityStoreDefinition} and no
 * identity store class of its own: {@code carol / carol-password} (group user) and {@code dave / dave-password}
 * (groups user and admin). Test only.
 */
@ApplicationScoped
@InMemoryIdentityStoreDefinition({
        @Credentials(callerName = "carol", password = "carol-password", groups = "user"),
        @Credentials(callerName = "dave", password = "dave-password", groups = {"user", "admin"})
})
public class InMemoryUsers {
}
