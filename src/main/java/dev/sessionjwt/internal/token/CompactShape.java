package dev.sessionjwt.internal.token;

/**
 * The cheap shape check that runs before any parsing: three non-empty base64url segments separated by
 * two dots, nothing else.
 */
final class CompactShape {

    private CompactShape() {
    }

    /**
     * @param value a cookie value, not null
     * @return null if the value has the shape of a compact JWS, else what is wrong with it
     */
    static String problem(String value) {
        int dots = 0;
        int segmentLength = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (segmentLength == 0) {
                    return "empty segment";
                }
                dots++;
                segmentLength = 0;
            } else if (isBase64Url(c)) {
                segmentLength++;
            } else {
                return "character outside base64url at index " + i;
            }
        }
        if (dots != 2) {
            return (dots + 1) + " segments instead of 3";
        }
        return segmentLength == 0 ? "empty signature" : null;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
