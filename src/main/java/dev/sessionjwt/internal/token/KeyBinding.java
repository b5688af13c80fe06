package dev.sessionjwt.internal.token;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Optional;

import dev.sessionjwt.token.JwtKey;

/**
 * What a token was issued under, as a 128-bit digest: the RFC 7638 SHA-256 thumbprint of the key that signed it, the
 * key's {@code kid} and algorithm, and the issuer and audience in force. A session's memory of its token
 * ({@link TokenMemo}) carries the binding it was issued under, and the fast path ({@link TokenRecognizer}) accepts a
 * remembered token only under the same binding: a key replaced under the same {@code kid}, or another issuer or
 * audience, sends every remembered token back to full verification. Computed once per key of the ring, never per
 * request.
 *
 * <pre>
 * KeyBinding binding = KeyBinding.of(ring.current(), parties);
 * TokenMemo memo = TokenMemo.after(previousMemo, issuedToken, binding);
 * </pre>
 */
public final class KeyBinding {

    private static final byte[] DOMAIN = "session-jwt key binding 1".getBytes(StandardCharsets.UTF_8);

    private final long high;
    private final long low;

    private KeyBinding(long high, long low) {
        this.high = high;
        this.low = low;
    }

    /**
     * The binding of tokens signed with a key under the given issuer and audience.
     *
     * @param key     the key, not null
     * @param parties the issuer and audience in force, not null
     * @return the binding
     */
    public static KeyBinding of(JwtKey key, TokenParties parties) {
        ByteArrayOutputStream input = new ByteArrayOutputStream(256);
        field(input, DOMAIN);
        field(input, keyIdentity(key));
        field(input, key.algorithm().getBytes(StandardCharsets.UTF_8));
        field(input, key.keyId().getBytes(StandardCharsets.UTF_8));
        optional(input, parties.issuer());
        optional(input, parties.audience());
        ByteBuffer hash = ByteBuffer.wrap(Sha256.newDigest().digest(input.toByteArray()));
        return new KeyBinding(hash.getLong(), hash.getLong());
    }

    /** Whether this binding is the one given as two longs. */
    boolean is(long otherHigh, long otherLow) {
        return ((high ^ otherHigh) | (low ^ otherLow)) == 0;
    }

    long high() {
        return high;
    }

    long low() {
        return low;
    }

    /**
     * The key's RFC 7638 thumbprint; for a key without one its algorithm and encoding; for a key without an encoding
     * either (a key in a hardware module), random bytes, so tokens remembered under it are never recognized by another
     * runtime (they are verified in full instead).
     */
    private static byte[] keyIdentity(JwtKey key) {
        try {
            return ("jwk:" + JwtKey.thumbprint(key.verificationKey())).getBytes(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException noThumbprint) {
            byte[] encoded = key.verificationKey().getEncoded();
            if (encoded != null) {
                byte[] algorithm = ("encoded:" + key.verificationKey().getAlgorithm() + ":")
                        .getBytes(StandardCharsets.UTF_8);
                ByteBuffer identity = ByteBuffer.allocate(algorithm.length + encoded.length);
                return identity.put(algorithm).put(encoded).array();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        }
    }

    private static void optional(ByteArrayOutputStream input, Optional<String> value) {
        input.write(value.isPresent() ? 1 : 0);
        field(input, value.orElse("").getBytes(StandardCharsets.UTF_8));
    }

    /** A length-prefixed field, so no two different inputs concatenate to the same bytes. */
    private static void field(ByteArrayOutputStream input, byte[] value) {
        input.write(value.length >>> 24);
        input.write(value.length >>> 16);
        input.write(value.length >>> 8);
        input.write(value.length);
        input.write(value, 0, value.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyBinding binding && binding.high == high && binding.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high) * 31 + Long.hashCode(low);
    }

    @Override
    public String toString() {
        return "KeyBinding[" + Long.toHexString(high) + "...]";
    }
}
