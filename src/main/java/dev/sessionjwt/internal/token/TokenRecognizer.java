package dev.sessionjwt.internal.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import dev.sessionjwt.internal.token.payload.LazyClaims;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.Verification;

/**
 * Accepts a cookie value without a signature check when it is, byte for byte, a token the application issued
 * to the session it names: the session remembers a digest of that token ({@link TokenMemo}), issued under the
 * {@link KeyBinding} now in force for the key the token names (the same key material, issuer and audience).
 * Everything else (a token the session does not remember, one remembered under a key since replaced, even under the
 * same {@code kid}, or under another issuer or audience, a header that is not one of a key still in the ring, a
 * payload not in
 * the issuer's plain form, a time claim that no longer holds) is left to full verification.
 *
 * <p>In two steps, so the session is looked at only for a well-formed candidate and never touched before
 * the token is recognized: {@link #read} decodes the session id and times (cheap, no trust), the caller finds
 * the session's memory without touching the session, then {@link Candidate#recognizedBy} compares digests.
 *
 * <pre>
 * TokenRecognizer.Candidate candidate = recognizer.read(cookieValue);
 * Verification.Valid valid = candidate == null ? null : candidate.recognizedBy(memoOf(candidate.sessionId()));
 * if (valid == null) { result = fullVerifier.verify(cookieValue); }
 * </pre>
 */
public final class TokenRecognizer {

    private final String[] headers;
    private final boolean[] current;
    private final KeyBinding[] bindings;
    private final KeyBinding currentBinding;
    private final byte[] sessionField;
    private final long skewSeconds;
    private final long lifetimeSeconds;
    private final int maxTokenSize;
    private final Clock clock;

    /**
     * A recognizer for tokens without issuer or audience.
     *
     * @param keys         the ring; a token recognized must carry the exact header of one of its keys, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     the configured token lifetime; a later {@code exp} is left to full verification
     * @param clockSkew    tolerated clock difference, as in full verification
     * @param maxTokenSize longest value read at all
     * @param clock        the time source, not null
     */
    public TokenRecognizer(JwtKeyRing keys, String sessionField, Duration lifetime, Duration clockSkew,
                           int maxTokenSize, Clock clock) {
        this(keys, TokenParties.NONE, sessionField, lifetime, clockSkew, maxTokenSize, clock);
    }

    /**
     * @param keys         the ring; a token recognized must carry the exact header of one of its keys, not null
     * @param parties      the issuer and audience in force, part of every key's binding, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     the configured token lifetime; a later {@code exp} is left to full verification
     * @param clockSkew    tolerated clock difference, as in full verification
     * @param maxTokenSize longest value read at all
     * @param clock        the time source, not null
     */
    public TokenRecognizer(JwtKeyRing keys, TokenParties parties, String sessionField, Duration lifetime,
                           Duration clockSkew, int maxTokenSize, Clock clock) {
        List<JwtKey> ring = keys.keys();
        this.headers = new String[ring.size()];
        this.current = new boolean[ring.size()];
        this.bindings = new KeyBinding[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            headers[i] = TokenIssuer.encodedHeader(ring.get(i));
            current[i] = keys.isCurrent(ring.get(i).keyId());
            bindings[i] = KeyBinding.of(ring.get(i), parties);
        }
        this.currentBinding = KeyBinding.of(keys.current(), parties);
        this.sessionField = sessionField.getBytes(StandardCharsets.UTF_8);
        this.skewSeconds = clockSkew.getSeconds();
        this.lifetimeSeconds = lifetime.getSeconds();
        this.maxTokenSize = maxTokenSize;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The binding of tokens signed now: the current key's, with the issuer and audience in force. */
    public KeyBinding currentBinding() {
        return currentBinding;
    }

    /**
     * Decodes what recognition needs, trusting none of it yet.
     *
     * @param value a cookie value, may be null
     * @return the candidate, or null when the value can only be judged by full verification
     */
    public Candidate read(String value) {
        if (value == null || value.length() > maxTokenSize) {
            return null;
        }
        int firstDot = value.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : value.indexOf('.', firstDot + 1);
        if (secondDot < 0 || value.indexOf('.', secondDot + 1) >= 0 || secondDot == value.length() - 1) {
            return null;
        }
        int key = keyOf(value, firstDot);
        if (key < 0) {
            return null;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        IssuedPayload payload;
        try {
            ByteBuffer json = Base64.getUrlDecoder()
                    .decode(ByteBuffer.wrap(bytes, firstDot + 1, secondDot - firstDot - 1));
            byte[] decoded = new byte[json.remaining()];
            json.get(decoded);
            payload = IssuedPayload.read(decoded, sessionField);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (payload == null || !TokenVerifier.isSessionId(payload.sessionId)
                || payload.jwtId.length() > TokenVerifier.MAX_JWT_ID_LENGTH) {
            return null;
        }
        long now = Math.floorDiv(clock.millis(), 1000L);
        if (payload.expiresAt <= now - skewSeconds || payload.issuedAt > now + skewSeconds
                || payload.expiresAt > now + lifetimeSeconds + skewSeconds || payload.expiresAt < payload.issuedAt) {
            return null;
        }
        return new Candidate(value, bytes, payload, firstDot + 1, secondDot, current[key], bindings[key]);
    }

    /** The index of the ring key whose exact header the value starts with, or -1. */
    private int keyOf(String value, int headerEnd) {
        for (int i = 0; i < headers.length; i++) {
            if (headers[i].length() == headerEnd && value.startsWith(headers[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A well-formed value naming a session, not yet recognized. */
    public static final class Candidate {
        private final String value;
        private final byte[] bytes;
        private final IssuedPayload payload;
        private final int payloadStart;
        private final int payloadEnd;
        private final boolean currentKey;
        private final KeyBinding binding;

        private Candidate(String value, byte[] bytes, IssuedPayload payload, int payloadStart, int payloadEnd,
                          boolean currentKey, KeyBinding binding) {
            this.binding = binding;
            this.value = value;
            this.bytes = bytes;
            this.payload = payload;
            this.payloadStart = payloadStart;
            this.payloadEnd = payloadEnd;
            this.currentKey = currentKey;
        }

        /** The session id the value names: where to look for the memory, and nothing more until recognized. */
        public String sessionId() {
            return payload.sessionId;
        }

        /**
         * The token, if the memory of the session the value names remembers exactly this value, issued under the
         * binding now in force for the key the value names.
         *
         * @param memo that session's memory, or null if it has none
         * @return the token as full verification would return it, or null (verify in full)
         */
        public Verification.Valid recognizedBy(TokenMemo memo) {
            if (memo == null || !memo.sessionId().equals(payload.sessionId) || !memo.isBoundTo(binding)
                    || !memo.remembers(TokenMemo.digest(bytes))) {
                return null;
            }
            return new Verification.Valid(new SessionToken(value, payload.sessionId,
                    Instant.ofEpochSecond(payload.issuedAt), Instant.ofEpochSecond(payload.expiresAt), payload.jwtId,
                    new LazyClaims(value, payloadStart, payloadEnd)), currentKey);
        }
    }
}
