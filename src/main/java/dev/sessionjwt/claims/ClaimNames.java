package dev.sessionjwt.claims;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for claim names: which are reserved by the library or RFC 7519, and which are well formed.
 */
public final class ClaimNames {

    /** Caller name. */
    public static final String SUBJECT = "sub";
    /** Caller name for MicroProfile JWT. */
    public static final String UPN = "upn";
    /** Caller groups. */
    public static final String GROUPS = "groups";

    /** Names the library or RFC 7519 uses, which fields, producers and providers may not take. */
    public static final Set<String> RESERVED =
            Set.of("iat", "exp", "nbf", "jti", "iss", "aud", SUBJECT, GROUPS, "typ", UPN);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private ClaimNames() {
    }

    /** Whether {@code name} is reserved, counting the configured session field. */
    public static boolean isReserved(String name, String sessionField) {
        return RESERVED.contains(name) || name.equals(sessionField);
    }

    /** Whether {@code name} is a well-formed claim name: a letter or '_', then letters, digits, '_', '-', '.'. */
    public static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
