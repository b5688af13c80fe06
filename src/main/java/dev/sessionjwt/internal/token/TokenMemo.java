package dev.sessionjwt.internal.token;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import dev.sessionjwt.token.SessionToken;

/**
 * What a session remembers of the tokens the application issued to it: a digest of the last token and of the
 * one before it (while both name the same session id and were issued under the same {@link KeyBinding}), and the
 * binding they were issued under (the signing key's thumbprint, issuer and audience), so that a request carrying
 * exactly one of them needs no signature check as long as that key, issuer and audience are still in force.
 * Immutable and serializable, so it lives (and replicates) with the session as an attribute; 64 bytes on the heap
 * (the session id's reference and six {@code long}s: an absent previous token and an absent binding are zeros, not
 * flags, so a digest or binding that happened to be all zeros, a chance of 2<sup>-128</sup>, would only cost a full
 * verification). A memory written by a version of the library without bindings deserializes unbound and remembers
 * nothing.
 *
 * <p>The digest is SHA-256 over the whole compact token, truncated to 128 bits: finding another token with the
 * same digest is a second-preimage search of 2<sup>128</sup> work, and the value compared is never taken from the
 * request. Comparison is constant-time.
 *
 * <pre>
 * TokenMemo memo = TokenMemo.after(previousMemo, issuedToken, binding);   // previousMemo may be null
 * boolean known = memo.isBoundTo(binding) &amp;&amp; memo.remembers(TokenMemo.digest(cookieValue));
 * </pre>
 */
public final class TokenMemo implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The session id the remembered tokens name. */
    private final String sessionId;
    private final long last0;
    private final long last1;
    private final long previous0;
    /** Zeros when there is no previous token. */
    private final long previous1;
    /** Zeros only in a memory written before bindings existed: such a memory is bound to nothing. */
    private final long binding0;
    private final long binding1;

    private TokenMemo(String sessionId, long[] last, long[] previous, KeyBinding binding) {
        this.sessionId = sessionId;
        this.binding0 = binding.high();
        this.binding1 = binding.low();
        this.last0 = last[0];
        this.last1 = last[1];
        this.previous0 = previous == null ? 0 : previous[0];
        this.previous1 = previous == null ? 0 : previous[1];
    }

    /**
     * The memory after a token was issued: it remembers that token, and the last one before it if that named the
     * same session id under the same binding (after {@code changeSessionId()} the old id's token is forgotten, after
     * a key change the old key's token).
     *
     * @param before  the memory so far, or null
     * @param issued  the token just issued, not null
     * @param binding what the token was issued under: the key that signed it, the issuer and audience; not null
     * @return the new memory
     */
    public static TokenMemo after(TokenMemo before, SessionToken issued, KeyBinding binding) {
        long[] previous = before != null && before.sessionId.equals(issued.sessionId()) && before.isBoundTo(binding)
                ? new long[] {before.last0, before.last1} : null;
        return new TokenMemo(issued.sessionId(), digest(issued.compact()), previous, binding);
    }

    /**
     * Whether the remembered tokens were issued under this binding (the same key, issuer and audience).
     *
     * @param binding the binding in force for the key a token names, not null
     */
    public boolean isBoundTo(KeyBinding binding) {
        return ((binding0 | binding1) != 0) & binding.is(binding0, binding1);
    }

    /**
     * Whether the digest is one of a remembered token, compared in constant time.
     *
     * @param digest from {@link #digest(String)}, not null
     */
    public boolean remembers(long[] digest) {
        boolean last = ((digest[0] ^ last0) | (digest[1] ^ last1)) == 0;
        boolean previous = ((digest[0] ^ previous0) | (digest[1] ^ previous1)) == 0 & hasPrevious();
        return last | previous;
    }

    /** The session id the remembered tokens name. */
    public String sessionId() {
        return sessionId;
    }

    /**
     * The first 128 bits of the SHA-256 of a compact token.
     *
     * @param compact a compact token: base64url and dots only, so one byte per character; not null
     * @return two longs
     */
    public static long[] digest(String compact) {
        return digest(compact.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** {@link #digest(String)} of the token's characters as bytes, one per character. */
    static long[] digest(byte[] compact) {
        ByteBuffer hash = ByteBuffer.wrap(Sha256.newDigest().digest(compact));
        return new long[] {hash.getLong(), hash.getLong()};
    }

    @Override
    public String toString() {
        return "TokenMemo[" + (hasPrevious() ? 2 : 1) + " tokens]";
    }

    private boolean hasPrevious() {
        return (previous0 | previous1) != 0;
    }
}
