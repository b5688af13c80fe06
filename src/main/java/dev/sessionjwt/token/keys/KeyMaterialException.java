package dev.sessionjwt.token.keys;

import java.util.Objects;

import dev.sessionjwt.message.Message;

/**
 * Configured key material that cannot be used: a stable message id, what was found (a description that
 * never contains key material) and what is expected instead.
 */
public final class KeyMaterialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Message message;
    private final String found;
    private final String expected;

    /**
     * @param message   the catalogue entry, such as {@link Message#KEY_TEXT_UNUSABLE}, not null
     * @param found     what was found, safe to show: never a secret or private key, not null
     * @param arguments the arguments of the entry's text, which says what a usable value looks like
     */
    public KeyMaterialException(Message message, String found, Object... arguments) {
        this(message, found, message.text(arguments));
    }

    private KeyMaterialException(Message message, String found, String expected) {
        super(message.id() + ": " + found + "; expected " + expected);
        this.message = message;
        this.found = Objects.requireNonNull(found, "found");
        this.expected = expected;
    }

    /** The catalogue entry. */
    public Message message() {
        return message;
    }

    /** The stable message id. */
    public String id() {
        return message.id();
    }

    /** What was found, safe to show. */
    public String found() {
        return found;
    }

    /** What is expected instead. */
    public String expected() {
        return expected;
    }
}
