package dev.sessionjwt.claims;

import dev.sessionjwt.token.TokenRejection;

/**
 * Thrown by {@link SessionJwtReader} for a token that does not verify; carries the reason.
 *
 * @since 1.0
 */
public class InvalidSessionTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TokenRejection reason;

    /**
     * @param reason why the token was rejected, not null
     * @param detail a short explanation; never contains the token
     */
    public InvalidSessionTokenException(TokenRejection reason, String detail) {
        super("session token rejected: " + reason + " (" + detail + ")");
        this.reason = reason;
    }

    /** Why the token was rejected. */
    public TokenRejection reason() {
        return reason;
    }
}
