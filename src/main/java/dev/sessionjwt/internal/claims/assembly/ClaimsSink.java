package dev.sessionjwt.internal.claims.assembly;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;

import dev.sessionjwt.internal.claims.ClaimNames;

/**
 * Collects the claims of one token: converts each value to JSON, drops what has no JSON form and what a
 * provider tries to put under a reserved or already used name, and logs why.
 */
final class ClaimsSink {

    private static final Logger LOG = Logger.getLogger(ClaimsSink.class.getName());

    private final String sessionField;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    ClaimsSink(String sessionField) {
        this.sessionField = sessionField;
    }

    /** Adds a claim whose name was validated at deployment. */
    void add(String name, Object value, String source) {
        try {
            ClaimValues.toJson(value).ifPresent(json -> claims.put(name, json));
        } catch (RuntimeException e) {
            Message.CLAIM_VALUE_UNSUPPORTED.log(LOG, name, source, e.getMessage());
        }
    }

    /** Adds a claim a provider returned, unless its name is reserved or already taken. */
    void addFromProvider(String name, Object value, String provider) {
        if (name == null || ClaimNames.isReserved(name, sessionField) || claims.containsKey(name)) {
            Message.PROVIDER_CLAIM_DROPPED.log(LOG, provider, name);
            return;
        }
        add(name, value, "provider " + provider);
    }

    /** Adds an identity claim the library computed itself. */
    void putIdentity(String name, Object value) {
        claims.put(name, value);
    }

    Map<String, Object> claims() {
        return claims;
    }
}
