package dev.sessionjwt.token;

/**
 * Why a cookie value was not accepted as a session token.
 *
 * @since 1.0
 */
public enum TokenRejection {
    /** Longer than {@code session-jwt.max-token-size}; not parsed. */
    TOO_LARGE,
    /** Not a compact JWS of three base64url segments with JSON header and payload. */
    MALFORMED,
    /** The {@code alg} is not the algorithm of the key the {@code kid} names (this includes {@code none}). */
    WRONG_ALGORITHM,
    /** The {@code kid} names no key of the key ring (an unknown or removed key); nothing is looked up. */
    UNKNOWN_KEY,
    /** The header asks for something the library never does ({@code crit}, an embedded or remote key...). */
    UNSUPPORTED_HEADER,
    /** The signature does not verify with the configured key. */
    BAD_SIGNATURE,
    /** A required claim ({@code exp}, {@code iat}, {@code jti}, the session field) is missing. */
    MISSING_CLAIM,
    /** A claim has the wrong type or an unacceptable value. */
    INVALID_CLAIM,
    /**
     * The token has no {@code exp} and the reader has no maximum age to measure from {@code iat}
     * (django-session-jwt without {@code EXPIRES}).
     */
    NO_EXPIRY,
    /** {@code exp} has passed (beyond the allowed clock skew). */
    EXPIRED,
    /** {@code nbf} or {@code iat} lies in the future (beyond the allowed clock skew). */
    NOT_YET_VALID,
    /** {@code exp} lies further in the future than the configured lifetime allows. */
    LIFETIME_TOO_LONG,
    /** The token names an audience this application does not expect, or lacks the configured one. */
    UNEXPECTED_AUDIENCE,
    /** The token lacks the configured issuer or names another one. */
    UNEXPECTED_ISSUER,
    /**
     * The token is valid in itself, but its session ended while it was unexpired (logout, invalidation, a replaced
     * session id), or it was issued before the application's {@code dead_before} mark: the application's
     * ended-sessions feed says so. Only a reader that follows the feed gives this reason.
     */
    SESSION_ENDED,
    /**
     * The token is valid in itself, but the reader has not read the application's ended-sessions feed for longer
     * than it tolerates, so it cannot tell whether the token's session ended: it refuses rather than trusts. Only a
     * reader that follows the feed gives this reason; the detail names the feed, the age and the last problem.
     */
    ENDED_SESSIONS_UNKNOWN
}
