package dev.sessionjwt.it.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hand-kept cookie jar for one client: remembers name and value of every Set-Cookie it is given (attributes
 * ignored, all cookies sent to every node alike) and forms the Cookie header from them.
 */
public final class SessionCookies {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Takes the cookies of a response's Set-Cookie headers (later ones replace earlier ones of the same name). */
    public void update(List<String> setCookieHeaders) {
        for (String header : setCookieHeaders) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
    }

    /** The value of cookie {@code name}, or null when none was set. */
    public String get(String name) {
        return cookies.get(name);
    }

    /** Forgets cookie {@code name}. */
    public void remove(String name) {
        cookies.remove(name);
    }

    /** The Cookie header value ("a=1; b=2"), empty when there is no cookie. */
    public String header() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The cookies by name, in the order they were first set. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(cookies));
    }
}
