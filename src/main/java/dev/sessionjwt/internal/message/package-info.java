/**
 * The message catalogue: every log line and deployment error a user may see, with its stable {@code SJWT} id and
 * level ({@link dev.sessionjwt.internal.message.Message}), and the wording that depends on the server
 * ({@link dev.sessionjwt.internal.message.ServerAdvice}). The message table of {@code src/site/markdown/messages.md} says what
 * each one means and what to do; every message ends with its row there.
 *
 * <p>Internal: the ids and their meanings are documented ({@code src/site/markdown/messages.md}); the types are public
 * only because the other packages of the library use them, and are not part of the supported API.
 */
package dev.sessionjwt.internal.message;
