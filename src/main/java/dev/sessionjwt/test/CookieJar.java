package dev.sessionjwt.test;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cookies one test client holds: set by {@code Set-Cookie}, removed by an empty value (or {@code ""}),
 * a {@code Max-Age} of 0 or less, or an {@code Expires} date in the past (as a browser removes it: Open Liberty 26 with
 * servlet-6.1 writes a deleted cookie as {@code ""} with only {@code Expires=Thu, 01 Dec 1994 16:00:00 GMT}), sent back
 * all at once. Paths and domains are not tracked: a test talks to one application.
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
            if (deletes(header, value)) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    /**
     * Whether a {@code Set-Cookie} header with this value removes the cookie: an empty value, or a {@code Max-Age} of 0
     * or less, or (without {@code Max-Age}, which takes precedence, RFC 6265 5.3) an {@code Expires} in the past.
     */
    static boolean deletes(String header, String value) {
        if (value.isEmpty() || value.equals("\"\"")) {
            return true;
        }
        String maxAge = attribute(header, "max-age");
        if (maxAge != null && maxAge.matches("-?\\d+")) {
            return maxAge.startsWith("-") || maxAge.chars().allMatch(c -> c == '0');
        }
        String expires = attribute(header, "expires");
        return expires != null && isPast(expires);
    }

    /** The value of the named attribute of a {@code Set-Cookie} header (name in lower case), or null. */
    private static String attribute(String header, String name) {
        String[] attributes = header.split(";");
        for (int i = 1; i < attributes.length; i++) {
            String attribute = attributes[i].strip();
            int equals = attribute.indexOf('=');
            if (equals > 0 && attribute.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return attribute.substring(equals + 1).strip();
            }
        }
        return null;
    }

    private static boolean isPast(String date) {
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().isBefore(Instant.now());
        } catch (DateTimeParseException e) {
            return false;
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
