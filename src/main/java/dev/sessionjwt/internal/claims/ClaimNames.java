package dev.sessionjwt.internal.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules for claim names: which are reserved by the library or RFC 7519, which are well formed, and how
 * short names map to long ones.
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

    /** Longest claim name, in characters. */
    public static final int MAX_LENGTH = 64;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0," + (MAX_LENGTH - 1) + "}");

    private ClaimNames() {
    }

    /** Whether {@code name} is reserved, counting the configured session field. */
    public static boolean isReserved(String name, String sessionField) {
        return RESERVED.contains(name) || name.equals(sessionField);
    }

    /**
     * The claims of a token by long name, in token order.
     *
     * @param claims    the claims by short name, not null
     * @param longNames short-to-long names; a claim without an entry keeps its name
     * @return a new, serializable map
     */
    public static Map<String, Object> toLongForm(Map<String, Object> claims, Map<String, String> longNames) {
        Map<String, Object> longForm = new LinkedHashMap<>();
        claims.forEach((name, value) -> longForm.put(longNames.getOrDefault(name, name), value));
        return longForm;
    }

    /** Whether {@code name} is a well-formed claim name: a letter or '_', then letters, digits, '_', '-', '.'. */
    public static boolean isWellFormed(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
