package dev.sessionjwt.servlet;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

import dev.sessionjwt.internal.token.TokenMemo;

/**
 * The value of {@link SessionAttributes#CLAIMS}, the one attribute the library keeps per session: the claims of
 * the session's token by long name, in token order, unmodifiable and serializable, together with what the session
 * remembers of the tokens issued to it ({@link TokenMemo}, for {@link RememberedTokens}). Every live session holds
 * one, so it is kept small: the issuer's trailing {@code iat}, {@code exp} and {@code jti} (16 random bytes) are
 * held as four {@code long}s, the other claims in one array of names and values, and it does not extend
 * {@code AbstractMap}, whose two cached views would cost every session 8 bytes more. About 150 bytes for an anonymous
 * session, attribute entry and memory included; lookups scan the few entries.
 */
final class ClaimsSnapshot implements Map<String, Object>, Serializable {

    /**
     * Unchanged from the form that had only {@link #entries}: a session serialized by that version (a redeploy that
     * keeps sessions, a node of a cluster not yet upgraded) still loads, as unpacked claims without a memory.
     */
    private static final long serialVersionUID = 1L;
    private static final String[] TRAILING = {"iat", "exp", "jti"};
    private static final int JTI_LENGTH = 22;

    /** Name, value, name, value, ...: every claim but the trailing ones when {@link #packed}. */
    private final Object[] entries;
    private final TokenMemo memo;
    /** Whether iat, exp and jti follow the entries, held in the fields below. */
    private final boolean packed;
    private final long issuedAt;
    private final long expiresAt;
    private final long jwtId0;
    private final long jwtId1;

    private ClaimsSnapshot(Object[] entries, TokenMemo memo, boolean packed, long issuedAt, long expiresAt,
                           long[] jwtId) {
        this.entries = entries;
        this.memo = memo;
        this.packed = packed;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.jwtId0 = jwtId[0];
        this.jwtId1 = jwtId[1];
    }

    /**
     * @param claims the claims by long name, not null; null values are kept
     * @param memo   what the session remembers of its tokens, or null
     * @return an unmodifiable copy in the same order
     */
    static ClaimsSnapshot of(Map<String, Object> claims, TokenMemo memo) {
        Object[] all = new Object[claims.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> entry : claims.entrySet()) {
            all[i++] = Objects.requireNonNull(entry.getKey(), "claim name");
            all[i++] = entry.getValue();
        }
        int tail = all.length - 2 * TRAILING.length;
        long[] jwtId = tail >= 0 ? packedJwtId(all[all.length - 1]) : null;
        if (jwtId == null || !(all[tail + 1] instanceof Long iat) || !(all[tail + 3] instanceof Long exp)
                || !TRAILING[0].equals(all[tail]) || !TRAILING[1].equals(all[tail + 2])
                || !TRAILING[2].equals(all[tail + 4])) {
            return new ClaimsSnapshot(all, memo, false, 0, 0, new long[2]);
        }
        Object[] rest = new Object[tail];
        System.arraycopy(all, 0, rest, 0, tail);
        return new ClaimsSnapshot(rest, memo, true, iat, exp, jwtId);
    }

    /** The issuer's jti (16 bytes, base64url without padding) as two longs, or null for any other value. */
    private static long[] packedJwtId(Object value) {
        if (!(value instanceof String text) || text.length() != JTI_LENGTH) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        long[] packed = {toLong(bytes, 0), toLong(bytes, 8)};
        return jwtIdText(packed[0], packed[1]).equals(text) ? packed : null; // only the canonical encoding
    }

    private static long toLong(byte[] bytes, int from) {
        long value = 0;
        for (int i = from; i < from + 8; i++) {
            value = value << 8 | (bytes[i] & 0xff);
        }
        return value;
    }

    private static String jwtIdText(long high, long low) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (high >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the session remembers of the tokens issued to it, or null. */
    TokenMemo memo() {
        return memo;
    }

    @Override
    public Object get(Object name) {
        int at = indexOf(name);
        return at < 0 ? null : value(at);
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return entries.length / 2 + (packed ? TRAILING.length : 0);
    }

    /** The position of a claim in token order, or -1. */
    private int indexOf(Object name) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(name)) {
                return i / 2;
            }
        }
        for (int i = 0; packed && i < TRAILING.length; i++) {
            if (TRAILING[i].equals(name)) {
                return entries.length / 2 + i;
            }
        }
        return -1;
    }

    private String name(int at) {
        return at < entries.length / 2 ? (String) entries[2 * at] : TRAILING[at - entries.length / 2];
    }

    private Object value(int at) {
        return switch (at - entries.length / 2) {
            case 0 -> issuedAt;
            case 1 -> expiresAt;
            case 2 -> jwtIdText(jwtId0, jwtId1);
            default -> entries[2 * at + 1];
        };
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsValue(Object value) {
        return view().containsValue(value);
    }

    @Override
    public Set<String> keySet() {
        return view().keySet();
    }

    @Override
    public Collection<Object> values() {
        return view().values();
    }

    @Override
    public Object put(String name, Object value) {
        throw new UnsupportedOperationException("the claims of a session's token cannot be modified");
    }

    @Override
    public Object remove(Object name) {
        throw new UnsupportedOperationException("the claims of a session's token cannot be modified");
    }

    @Override
    public void putAll(Map<? extends String, ?> claims) {
        throw new UnsupportedOperationException("the claims of a session's token cannot be modified");
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException("the claims of a session's token cannot be modified");
    }

    @Override
    public boolean equals(Object other) {
        return other == this || view().equals(other);
    }

    @Override
    public int hashCode() {
        return view().hashCode();
    }

    @Override
    public String toString() {
        return view().toString();
    }

    /** {@code AbstractMap}'s views, equality and text over {@link #entrySet()}, made when asked, never kept. */
    private Map<String, Object> view() {
        return new AbstractMap<>() {
            @Override
            public Set<Entry<String, Object>> entrySet() {
                return ClaimsSnapshot.this.entrySet();
            }
        };
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new AbstractMap.SimpleImmutableEntry<>(name(next), value(next));
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return ClaimsSnapshot.this.size();
            }
        };
    }
}
