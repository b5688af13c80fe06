/**
 * The message catalogue: every log line and deployment error a user may see, with its stable {@code SJWT} id and
 * level ({@link dev.sessionjwt.message.Message}). The README's message table says what each one means and what to do.
 *
 * <p>Internal: the ids and their meanings are documented (README, "Messages"); the enum is public only because the
 * other packages of the library use it, and is not part of the supported API.
 */
package dev.sessionjwt.message;
