package dev.sessionjwt.internal.token;

import org.jose4j.jwt.JwtClaims;

/**
 * The shape of the time claims under {@link ClaimRules#integerTimes()}: {@code exp}, {@code iat} and {@code nbf},
 * when present, must be JSON integers (RFC 7519 allows fractions, but django-session-jwt never writes one, so a
 * fraction marks a token from elsewhere).
 */
final class TimeClaims {

    private static final String[] NAMES = {"exp", "iat", "nbf"};

    private TimeClaims() {
    }

    /**
     * @param claims the claims of a token, not null
     * @return null if every present time claim is an integer, else what is wrong
     */
    static String problem(JwtClaims claims) {
        for (String name : NAMES) {
            Object value = claims.getClaimValue(name);
            if (value != null && !(value instanceof Long || value instanceof Integer)) {
                return name + " is not an integer number of seconds ("
                        + (value instanceof Number ? "a fraction or out of range" : "a " + jsonType(value)) + ")";
            }
        }
        return null;
    }

    private static String jsonType(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof java.util.Map ? "object" : "list";
    }
}
