package dev.sessionjwt.internal.token;

import java.nio.charset.StandardCharsets;

/**
 * Reads the few top-level members a session token's payload must have ({@code iat}, {@code exp}, {@code jti}
 * and the session field) straight from the JSON bytes, without building the claims map. It reads only the
 * plain form the library's issuer writes (strings without escapes, whole numbers); for anything else, a
 * duplicate member or malformed JSON it answers null, and the caller verifies the token in full.
 *
 * <p>It decodes, never trusts: whoever uses the result must still prove the token is one the application
 * issued (see {@link TokenRecognizer}).
 */
final class IssuedPayload {

    private static final int MAX_DIGITS = 18;

    final String sessionId;
    final String jwtId;
    final long issuedAt;
    final long expiresAt;

    private IssuedPayload(String sessionId, String jwtId, long issuedAt, long expiresAt) {
        this.sessionId = sessionId;
        this.jwtId = jwtId;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * @param json         the decoded payload, not null
     * @param sessionField the session field's name as UTF-8 bytes, not null
     * @return the members, or null if the payload is not in the plain form or lacks one
     */
    static IssuedPayload read(byte[] json, byte[] sessionField) {
        Scan scan = new Scan(json);
        String sessionId = null;
        String jwtId = null;
        long iat = -1;
        long exp = -1;
        if (!scan.expect('{')) {
            return null;
        }
        if (scan.peek() == '}') {
            return null;
        }
        while (true) {
            int keyStart = scan.at + 1;
            int keyEnd = scan.plainString();
            if (keyEnd < 0 || !scan.expect(':')) {
                return null;
            }
            scan.skipSpace();
            if (same(json, keyStart, keyEnd, sessionField)) {
                if (sessionId != null || (sessionId = scan.plainStringValue()) == null) {
                    return null;
                }
            } else if (same(json, keyStart, keyEnd, JTI)) {
                if (jwtId != null || (jwtId = scan.plainStringValue()) == null) {
                    return null;
                }
            } else if (same(json, keyStart, keyEnd, IAT)) {
                if (iat >= 0 || (iat = scan.wholeNumber()) < 0) {
                    return null;
                }
            } else if (same(json, keyStart, keyEnd, EXP)) {
                if (exp >= 0 || (exp = scan.wholeNumber()) < 0) {
                    return null;
                }
            } else if (!scan.skipValue()) {
                return null;
            }
            scan.skipSpace();
            int next = scan.next();
            if (next == '}') {
                break;
            }
            if (next != ',') {
                return null;
            }
            scan.skipSpace();
        }
        scan.skipSpace();
        if (!scan.atEnd() || sessionId == null || jwtId == null || iat < 0 || exp < 0) {
            return null;
        }
        return new IssuedPayload(sessionId, jwtId, iat, exp);
    }

    private static final byte[] JTI = "jti".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] IAT = "iat".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXP = "exp".getBytes(StandardCharsets.US_ASCII);

    private static boolean same(byte[] json, int start, int end, byte[] name) {
        if (end - start != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (json[start + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** A cursor over the JSON bytes; every method returns a failure value rather than throwing. */
    private static final class Scan {
        private final byte[] b;
        private int at;

        Scan(byte[] b) {
            this.b = b;
            skipSpace();
        }

        boolean atEnd() {
            return at >= b.length;
        }

        int peek() {
            return at < b.length ? b[at] : -1;
        }

        int next() {
            return at < b.length ? b[at++] : -1;
        }

        boolean expect(char c) {
            skipSpace();
            return next() == c;
        }

        void skipSpace() {
            while (at < b.length && (b[at] == ' ' || b[at] == '\t' || b[at] == '\n' || b[at] == '\r')) {
                at++;
            }
        }

        /** At a quote: a string of printable ASCII without escapes; returns the index of its closing quote, or -1. */
        int plainString() {
            if (next() != '"') {
                return -1;
            }
            while (at < b.length) {
                byte c = b[at];
                if (c == '"') {
                    return at++;
                }
                if (c == '\\' || c < 0x20 || c >= 0x7f) {
                    return -1;
                }
                at++;
            }
            return -1;
        }

        String plainStringValue() {
            int start = at + 1;
            int end = plainString();
            return end < 0 ? null : new String(b, start, end - start, StandardCharsets.US_ASCII);
        }

        /** A non-negative whole number of at most 18 digits, or -1. */
        long wholeNumber() {
            long value = 0;
            int digits = 0;
            while (at < b.length && b[at] >= '0' && b[at] <= '9' && digits <= MAX_DIGITS) {
                value = value * 10 + (b[at++] - '0');
                digits++;
            }
            int c = peek();
            boolean ends = c == ',' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r';
            return digits == 0 || digits > MAX_DIGITS || !ends ? -1 : value;
        }

        /** Skips any JSON value (escapes allowed); false if the input ends first. */
        boolean skipValue() {
            int depth = 0;
            while (at < b.length) {
                byte c = b[at];
                if (c == '"') {
                    if (!skipString()) {
                        return false;
                    }
                    if (depth == 0) {
                        return true;
                    }
                    continue;
                }
                if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return true;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    return true;
                }
                at++;
                if (depth == 0 && (c == '}' || c == ']')) {
                    return true;
                }
            }
            return false;
        }

        private boolean skipString() {
            at++;
            while (at < b.length) {
                byte c = b[at++];
                if (c == '\\') {
                    at++;
                } else if (c == '"') {
                    return true;
                }
            }
            return false;
        }
    }
}
