package dev.sessionjwt.internal.claims;

import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code session-jwt.fields}: a dotted attribute path resolved against the caller principal,
 * the short name it has in the token and the long name readers see.
 *
 * <pre>
 * ClaimField.parse("profile.displayName:dn:display_name");  // path, short, long
 * ClaimField.parse("email:e");                              // long name = short name
 * ClaimField.parse("email");                                // both names = the attribute
 * </pre>
 *
 * @param path      the attribute path, split at dots
 * @param shortName the claim name in the token
 * @param longName  the claim name readers see
 */
public record ClaimField(List<String> path, String shortName, String longName) {

    /** Checks and freezes the components. */
    public ClaimField {
        path = List.copyOf(path);
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(longName, "longName");
    }

    /**
     * Parses one entry.
     *
     * @param entry {@code attribute}, {@code attribute:short} or {@code attribute:short:long}
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ClaimField parse(String entry) {
        String[] parts = entry.strip().split(":", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("has more than three ':'-separated parts");
        }
        String attribute = parts[0].strip();
        String[] path = attribute.split("\\.", -1);
        for (String segment : path) {
            if (!segment.matches("[A-Za-z_$][A-Za-z0-9_$-]*")) {
                throw new IllegalArgumentException("attribute path \"" + attribute + "\" is not a dotted list of names");
            }
        }
        String shortName = parts.length > 1 ? parts[1].strip() : attribute;
        String longName = parts.length > 2 ? parts[2].strip() : parts.length > 1 ? shortName : attribute;
        if (!ClaimNames.isWellFormed(shortName) || !ClaimNames.isWellFormed(longName)) {
            throw new IllegalArgumentException("claim names must start with a letter or '_' and contain only"
                    + " letters, digits, '_', '-' or '.' (at most 64)");
        }
        return new ClaimField(List.of(path), shortName, longName);
    }

    /** The attribute path as configured, with dots. */
    public String attribute() {
        return String.join(".", path);
    }
}
