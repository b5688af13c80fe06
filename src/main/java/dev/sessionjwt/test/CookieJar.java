package dev.sessionjwt.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cookies one test client holds: set by {@code Set-Cookie}, removed by an empty value or
 * {@code Max-Age=0}, sent back all at once. Paths and domains are not tracked: a test talks to one
 * application.
 */
final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    synchronized void store(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    synchronized Optional<String> header() {
        return cookies.isEmpty() ? Optional.empty() : Optional.of(cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }

    synchronized Optional<String> value(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    synchronized void clear() {
        cookies.clear();
    }
}
