package dev.sessionjwt.token;

import java.util.Objects;

/**
 * The outcome of verifying a cookie value: either a {@link Valid} token or a {@link Rejected} one with
 * its reason. Verification never throws.
 *
 * @since 1.0
 */
public sealed interface Verification {

    /** The verified token, if valid. */
    default SessionToken token() {
        return null;
    }

    /** Whether the token names the current key by its {@code kid}; false for a rejected value. */
    default boolean currentKey() {
        return false;
    }

    /** Whether the value was accepted. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * A verified token.
     *
     * @param token      the token, not null
     * @param currentKey whether it names the current key by its {@code kid}; false for a token signed with an
     *                   older key of the ring or without a {@code kid}, which deserves a new token at once
     */
    record Valid(SessionToken token, boolean currentKey) implements Verification {
        /** Checks the token is present. */
        public Valid {
            Objects.requireNonNull(token, "token");
        }

        /** A token signed with the current key. */
        public Valid(SessionToken token) {
            this(token, true);
        }
    }

    /**
     * A rejected value.
     *
     * @param reason why, not null
     * @param detail a short explanation for a FINE log line; never contains the token
     */
    record Rejected(TokenRejection reason, String detail) implements Verification {
        /** Checks the reason is present. */
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
