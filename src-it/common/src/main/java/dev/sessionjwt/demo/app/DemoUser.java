package dev.sessionjwt.demo.app;

import jakarta.security.enterprise.CallerPrincipal;

/** The demo's caller principal: a name, an e-mail address and a profile, read by the configured fields. */
public class DemoUser extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final String email;
    private final Profile profile;

    /** Creates a demo user. */
    public DemoUser(String name, String email, Profile profile) {
        super(name);
        this.email = email;
        this.profile = profile;
    }

    /** The e-mail address (field {@code email:e:email}). */
    public String getEmail() {
        return email;
    }

    /** The profile (field {@code profile.displayName:dn:display_name}). */
    public Profile getProfile() {
        return profile;
    }

    /**
     * The user's profile.
     *
     * @param displayName the name shown to others
     */
    public record Profile(String displayName) implements java.io.Serializable {
    }
}
