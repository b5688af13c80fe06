package dev.sessionjwt.internal.token.discovery;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jose4j.json.JsonUtil;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.internal.token.Sha256;
import dev.sessionjwt.token.JwtKey;

/**
 * The payload of the ended-sessions feed: a JWS signed with the application's current key (header {@code typ}
 * {@value #TYPE}), which readers verify with the JWK set and use to refuse the tokens of sessions that ended while
 * their tokens were still unexpired. Members:
 *
 * <pre>
 * {
 *   "iss": "https://shop.example.com",   (only when session-jwt.issuer is set)
 *   "iat": 1765108800,                   (when the feed was signed)
 *   "dead_before": 1765100000,           (every token issued before this second is dead, whatever its session)
 *   "cursor": "k3Jf9aQx.1042",           (pass it back as ?since= to get only what ended after this feed)
 *   "full": true,                        (true: the whole list, replacing what the reader holds; false: additions)
 *   "ended": [["q0bV3mH6dG1oYJ7wX2r5pA", 1765110600], ...]
 * }
 * </pre>
 *
 * <p>An entry names a session by {@link #hash} of its id (never the id itself) and the second until which a token
 * of it could still be valid (its lifetime and the clock skew after the end); past that the entry is dropped, by the
 * application and by the reader. {@code dead_before} covers what no entry can: sessions lost in a restart, and a
 * feed that had to stop recording. A cursor names the application instance that wrote it, so a cursor from before a
 * restart gets the full list.
 *
 * @param issuer     the {@code iss}, if the application sets one
 * @param issuedAt   when the feed was signed, epoch seconds
 * @param deadBefore every token whose {@code iat} is before this second is dead, epoch seconds
 * @param cursor     the position after this feed
 * @param full       whether {@link #ended} is the whole list
 * @param ended      the entries
 */
public record EndedSessionsFeed(Optional<String> issuer, long issuedAt, long deadBefore, Cursor cursor, boolean full,
                                List<Entry> ended) {

    /** The JWS header {@code typ} of the feed, so it is never taken for a session token or the reverse. */
    public static final String TYPE = "session-jwt-ended+jwt";
    /** The media type the feed is served with. */
    public static final String MEDIA_TYPE = "application/jwt";
    /** Bytes of SHA-256 kept in a session hash: 128 bits, 22 base64url characters. */
    static final int HASH_BYTES = 16;
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{22}");

    /** Checks and freezes the components. */
    public EndedSessionsFeed {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(cursor, "cursor");
        ended = List.copyOf(ended);
    }

    /**
     * One ended session.
     *
     * @param sessionHash {@link #hash} of its id
     * @param until       the epoch second after which no token of it can be valid
     */
    public record Entry(String sessionHash, long until) {
        /** Checks the hash's form. */
        public Entry {
            if (sessionHash == null || !HASH.matcher(sessionHash).matches()) {
                throw new IllegalArgumentException("an entry's session hash is not 22 base64url characters");
            }
        }
    }

    /**
     * A position in the feed of one application instance.
     *
     * @param instance the instance's random name, base64url
     * @param sequence the number of the last entry read, 0 for none
     */
    public record Cursor(String instance, long sequence) {

        private static final SecureRandom RANDOM = new SecureRandom();
        private static final Pattern FORM = Pattern.compile("([A-Za-z0-9_-]{1,32})\\.(\\d{1,18})");

        /** Checks the form. */
        public Cursor {
            if (instance == null || !instance.matches("[A-Za-z0-9_-]{1,32}") || sequence < 0) {
                throw new IllegalArgumentException("not a cursor");
            }
        }

        /** A new instance name: 72 random bits, 12 base64url characters. */
        public static String newInstance() {
            byte[] name = new byte[9];
            RANDOM.nextBytes(name);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(name);
        }

        /** The cursor as written in the feed and in {@code ?since=}. */
        @Override
        public String toString() {
            return instance + "." + sequence;
        }

        /**
         * @param text a {@code ?since=} value, or null
         * @return the cursor, or empty when the text is absent or not one (then the whole list is answered)
         */
        public static Optional<Cursor> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            java.util.regex.Matcher matcher = FORM.matcher(text);
            return matcher.matches() ? Optional.of(new Cursor(matcher.group(1), Long.parseLong(matcher.group(2))))
                    : Optional.empty();
        }
    }

    /**
     * How a session is named in the feed: the first 128 bits of SHA-256 over its id's UTF-8 bytes, base64url without
     * padding. A reader computes it from the session field of a token it verified.
     *
     * @param sessionId the session id, not null
     */
    public static String hash(String sessionId) {
        byte[] digest = Sha256.newDigest().digest(sessionId.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, HASH_BYTES));
    }

    /**
     * The feed as the application serves it: a compact JWS of {@link #claims()} with the key's {@code alg} and
     * {@code kid} and the header {@code typ} {@value #TYPE}.
     *
     * @param key the application's current key, a key pair
     * @return the compact serialization
     * @throws IllegalStateException if signing fails
     */
    public String signedWith(JwtKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(key.algorithm());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setHeader("typ", TYPE);
        jws.setPayload(JsonUtil.toJson(claims()));
        jws.setKey(key.signingKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("signing the ended-sessions feed with " + key.algorithm() + " failed", e);
        }
    }

    /** The payload's members, in the order above, for the JWS. */
    public Map<String, Object> claims() {
        Map<String, Object> members = new LinkedHashMap<>();
        issuer.ifPresent(value -> members.put("iss", value));
        members.put("iat", issuedAt);
        members.put("dead_before", deadBefore);
        members.put("cursor", cursor.toString());
        members.put("full", full);
        List<List<Object>> entries = new ArrayList<>(ended.size());
        for (Entry entry : ended) {
            entries.add(List.of(entry.sessionHash(), entry.until()));
        }
        members.put("ended", entries);
        return members;
    }

    /**
     * Reads the payload of a feed whose signature the reader verified.
     *
     * @param members the payload's members, not null
     * @return the feed
     * @throws IllegalArgumentException naming the member that is missing or malformed
     */
    public static EndedSessionsFeed fromClaims(Map<String, Object> members) {
        Object issuer = members.get("iss");
        if (issuer != null && !(issuer instanceof String)) {
            throw new IllegalArgumentException("iss is not a string");
        }
        Cursor cursor = members.get("cursor") instanceof String text ? Cursor.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("cursor is malformed"))
                : throwMissing("cursor");
        if (!(members.get("full") instanceof Boolean full)) {
            throw new IllegalArgumentException("full is not a boolean");
        }
        if (!(members.get("ended") instanceof List<?> list)) {
            throw new IllegalArgumentException("ended is not an array");
        }
        List<Entry> entries = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String hash)
                    || !(pair.get(1) instanceof Number until)) {
                throw new IllegalArgumentException("an entry of ended is not [hash, until]");
            }
            entries.add(new Entry(hash, until.longValue()));
        }
        return new EndedSessionsFeed(Optional.ofNullable((String) issuer), seconds(members, "iat"),
                seconds(members, "dead_before"), cursor, full, entries);
    }

    private static long seconds(Map<String, Object> members, String name) {
        if (!(members.get(name) instanceof Number number) || number.longValue() < 0) {
            throw new IllegalArgumentException(name + " is not a number of seconds");
        }
        return number.longValue();
    }

    private static <T> T throwMissing(String member) {
        throw new IllegalArgumentException(member + " is missing");
    }
}
