package dev.sessionjwt.internal.config;

import dev.sessionjwt.internal.message.Message;

/**
 * One configuration problem found at deployment: a stable id, the key, how the value was seen and what
 * is expected instead.
 *
 * @param id       stable message id such as {@code SJWT0001}
 * @param key      the configuration key
 * @param value    how the value is shown to the user: quoted, {@code (absent)}, or a description that
 *                 never contains a secret
 * @param expected what a valid value looks like
 */
public record ConfigProblem(String id, String key, String value, String expected) {

    /**
     * A problem whose id and expectation come from the message catalogue.
     *
     * @param message   the catalogue entry, whose text says what is expected
     * @param key       the configuration key, or where the value is set
     * @param value     how the value is shown (see the record's {@code value})
     * @param arguments the arguments of the entry's text
     */
    public ConfigProblem(Message message, String key, String value, Object... arguments) {
        this(message.id(), key, value, message.text(arguments));
    }

    /** Shown in place of a value that was not set. */
    public static final String ABSENT = "(absent)";

    /** Describes a value that may be shown to the user, in quotes. */
    public static String shown(String value) {
        return value == null ? ABSENT : '"' + value + '"';
    }

    /** The message as it appears in the deployment error, ending with the page that explains it. */
    public String message() {
        return id + ": " + key + " = " + value + " is invalid; expected " + expected + Message.reference(id);
    }

    @Override
    public String toString() {
        return message();
    }
}
