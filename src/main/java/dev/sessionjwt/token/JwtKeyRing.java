package dev.sessionjwt.token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keys of one application: the current key, which signs every new token (in a service that only reads
 * tokens it may lack its signing key), and the keys still accepted for verification (the current one and
 * older ones), each selected by its {@code kid}.
 *
 * <pre>
 * JwtKeyRing ring = new JwtKeyRing(currentKey, List.of(previousKey));
 * JwtKey key = ring.forKeyId(kidFromHeader); // null: unknown, reject
 * </pre>
 *
 * @since 1.0
 */
public final class JwtKeyRing {

    private final JwtKey current;
    private final Map<String, JwtKey> byKeyId;

    /**
     * @param current          the key that signs (and that verifies tokens without {@code kid}), not null
     * @param verificationKeys further keys accepted for verification, not null; their ids must differ from
     *                         each other and from the current key's
     */
    public JwtKeyRing(JwtKey current, List<JwtKey> verificationKeys) {
        this.current = Objects.requireNonNull(current, "current");
        Map<String, JwtKey> keys = new LinkedHashMap<>();
        keys.put(current.keyId(), current);
        for (JwtKey key : verificationKeys) {
            if (keys.putIfAbsent(key.keyId(), key) != null) {
                throw new IllegalArgumentException("two keys with the id " + key.keyId());
            }
        }
        this.byKeyId = Collections.unmodifiableMap(keys);
    }

    /** A ring of one key. */
    public static JwtKeyRing of(JwtKey current) {
        return new JwtKeyRing(current, List.of());
    }

    /** The key that signs new tokens. */
    public JwtKey current() {
        return current;
    }

    /**
     * The key a token's {@code kid} names.
     *
     * @param keyId the {@code kid} header value; null means the current key (tokens issued before key ids)
     * @return the key, or null if no key has this id
     */
    public JwtKey forKeyId(String keyId) {
        return keyId == null ? current : byKeyId.get(keyId);
    }

    /** Whether {@code keyId} is the current key's id. */
    public boolean isCurrent(String keyId) {
        return current.keyId().equals(keyId);
    }

    /** Every key accepted for verification, the current one first. */
    public List<JwtKey> keys() {
        return new ArrayList<>(byKeyId.values());
    }

    @Override
    public String toString() {
        return "JwtKeyRing" + byKeyId.values();
    }
}
