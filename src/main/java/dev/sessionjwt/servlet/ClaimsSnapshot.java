package dev.sessionjwt.servlet;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The value of {@link SessionAttributes#CLAIMS}: the claims of the session's token, by long name, in token
 * order, unmodifiable and serializable, kept in one array of names and values. Every live session holds one, so
 * it is a quarter of the size of a {@code LinkedHashMap} with the same entries (about 70 instead of 300 bytes for
 * a session's four core claims); lookups scan the few entries.
 */
final class ClaimsSnapshot extends AbstractMap<String, Object> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Name, value, name, value, ... */
    private final Object[] entries;

    private ClaimsSnapshot(Object[] entries) {
        this.entries = entries;
    }

    /**
     * @param claims the claims by long name, not null; null values are kept
     * @return an unmodifiable copy in the same order
     */
    static ClaimsSnapshot of(Map<String, Object> claims) {
        Object[] entries = new Object[claims.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> entry : claims.entrySet()) {
            entries[i++] = Objects.requireNonNull(entry.getKey(), "claim name");
            entries[i++] = entry.getValue();
        }
        return new ClaimsSnapshot(entries);
    }

    @Override
    public Object get(Object name) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(name)) {
                return entries[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return entries.length / 2;
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
                        return next < entries.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> entry = new SimpleImmutableEntry<>((String) entries[next],
                                entries[next + 1]);
                        next += 2;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return entries.length / 2;
            }
        };
    }
}
