package dev.sessionjwt.internal.token.keys;

import java.util.Objects;

import dev.sessionjwt.internal.message.Message;

/**
 * Configured key material that cannot be used: a stable message id, what was found (a description that
 * never contains key material) and what is expected instead.
 */
public final class KeyMaterialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Message message;
    private final String found;
    private final String expected;
    private final boolean valueHidden;

    /**
     * @param message   the catalogue entry, such as {@link Message#KEY_TEXT_UNUSABLE}, not null
     * @param found     what was found, safe to show: never a secret or private key, not null
     * @param arguments the arguments of the entry's text, which says what a usable value looks like
     */
    public KeyMaterialException(Message message, String found, Object... arguments) {
        this(message, found, message.text(arguments));
    }

    private KeyMaterialException(Message message, String found, String expected) {
        this(message, found, expected, false);
    }

    private KeyMaterialException(Message message, String found, String expected, boolean valueHidden) {
        super(message.id() + ": " + found + "; expected " + expected);
        this.message = message;
        this.found = Objects.requireNonNull(found, "found");
        this.expected = expected;
        this.valueHidden = valueHidden;
    }

    /** The same refusal for a configured value that could be key material, so a message must not show it. */
    public KeyMaterialException hidingValue() {
        KeyMaterialException hiding = new KeyMaterialException(message, found, expected, true);
        hiding.setStackTrace(getStackTrace());
        return hiding;
    }

    /** Whether the configured value could be key material and is therefore never shown. */
    public boolean valueHidden() {
        return valueHidden;
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
