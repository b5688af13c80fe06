/**
 * The message catalogue: every log line and deployment error a user may see, with its stable {@code SJWT} id and
 * level ({@link dev.sessionjwt.message.Message}). The README's message table says what each one means and what to do.
 */
package dev.sessionjwt.message;
