package dev.sessionjwt.token.keys;

import java.util.Objects;

/**
 * Configured key material that cannot be used: a stable message id, what was found (a description that
 * never contains key material) and what is expected instead.
 */
public final class KeyMaterialException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String found;
    private final String expected;

    /**
     * @param id       stable message id such as {@code SJWT0031}, not null
     * @param found    what was found, safe to show: never a secret or private key, not null
     * @param expected what a usable value looks like, not null
     */
    public KeyMaterialException(String id, String found, String expected) {
        super(id + ": " + found + "; expected " + expected);
        this.id = Objects.requireNonNull(id, "id");
        this.found = Objects.requireNonNull(found, "found");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    /** The stable message id. */
    public String id() {
        return id;
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
