package dev.sessionjwt.internal.claims;

import java.util.List;

/**
 * The claim part of the settings: identity claims on or off, the configured fields, and whether a
 * change of caller rotates the session id.
 *
 * @param identityClaims whether an authenticated caller's {@code sub}, {@code upn} and {@code groups} are added
 * @param fields         the configured fields, in order
 * @param rotateOnLogin  whether the session id changes when the caller changes inside a session
 */
public record ClaimSettings(boolean identityClaims, List<ClaimField> fields, boolean rotateOnLogin) {

    /** The defaults: identity claims, no fields, rotation on login. */
    public static final ClaimSettings DEFAULTS = new ClaimSettings(true, List.of(), true);

    /** Freezes the fields. */
    public ClaimSettings {
        fields = List.copyOf(fields);
    }
}
