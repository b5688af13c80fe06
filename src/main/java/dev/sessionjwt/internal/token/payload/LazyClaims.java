package dev.sessionjwt.internal.token.payload;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * The claims of a token the application recognized as one it issued, parsed from its payload only when
 * someone reads them (most requests never do). Unmodifiable; in payload order, as after full verification.
 */
public final class LazyClaims extends AbstractMap<String, Object> {

    private final String compact;
    private final int payloadStart;
    private final int payloadEnd;
    private volatile Map<String, Object> claims;

    /**
     * @param compact      the compact token, not null
     * @param payloadStart index of the payload segment's first character
     * @param payloadEnd   index just after its last character
     */
    public LazyClaims(String compact, int payloadStart, int payloadEnd) {
        this.compact = compact;
        this.payloadStart = payloadStart;
        this.payloadEnd = payloadEnd;
    }

    private Map<String, Object> claims() {
        Map<String, Object> parsed = claims;
        if (parsed == null) {
            String json = new String(Base64.getUrlDecoder().decode(compact.substring(payloadStart, payloadEnd)),
                    StandardCharsets.UTF_8);
            try {
                parsed = Collections.unmodifiableMap(JsonUtil.parseJson(json));
            } catch (JoseException e) {
                // the application issued this payload itself, and IssuedPayload read it already
                throw new IllegalStateException("an issued token's payload is not JSON", e);
            }
            claims = parsed;
        }
        return parsed;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return claims().entrySet();
    }

    @Override
    public Object get(Object key) {
        return claims().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return claims().containsKey(key);
    }

    @Override
    public int size() {
        return claims().size();
    }
}
