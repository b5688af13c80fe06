package dev.sessionjwt.it.starter.login;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** One user, {@code alice / alice-password} in the group {@code user}. Test only. */
@ApplicationScoped
public class StarterIdentityStore implements IdentityStore {

    /** Checks a user name and password. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return credential.compareTo("alice", "alice-password")
                ? new CredentialValidationResult("alice", Set.of("user"))
                : CredentialValidationResult.INVALID_RESULT;
    }
}
