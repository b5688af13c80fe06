package dev.sessionjwt.demo.app;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The demo's in-memory users: {@code alice / alice-password} (group user) and {@code admin / admin-password}
 * (groups user and admin). Demo only.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

    private record Account(String password, DemoUser user, Set<String> groups) {
    }

    private static final Map<String, Account> ACCOUNTS = Map.of(
            "alice", new Account("alice-password",
                    new DemoUser("alice", "alice@example.org", new DemoUser.Profile("Alice Example")), Set.of("user")),
            "admin", new Account("admin-password",
                    new DemoUser("admin", "admin@example.org", new DemoUser.Profile("The Admin")),
                    Set.of("user", "admin")));

    /** Checks a user name and password. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Account account = ACCOUNTS.get(credential.getCaller());
        if (account == null || !credential.compareTo(credential.getCaller(), account.password())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.user(), account.groups());
    }
}
