package dev.sessionjwt.it;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;

/** One HTTP response as seen on the wire: status, headers (all Set-Cookie headers kept) and body text. */
public record HttpResult(int status, HttpHeaders headers, String body) {

    /** Every Set-Cookie header of the response, in order. */
    public List<String> setCookies() {
        return headers.allValues("set-cookie");
    }

    /** The Set-Cookie headers for the cookie {@code name}, in order. */
    public List<String> setCookies(String name) {
        return setCookies().stream().filter(h -> h.startsWith(name + "=")).toList();
    }

    /** The first value of the header {@code name}, if present. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }
}
