package dev.sessionjwt.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * One kind of request the HTTP benchmark sends to one application, and what counts as a good answer:
 * <ul>
 * <li>{@code steady}: {@code GET hit} with a live session's cookie (the steady state of a site);</li>
 * <li>{@code first-visit}: {@code GET visit} without a cookie, which creates a session (a crawler, a first page
 * view): with the library every one costs a signature;</li>
 * <li>{@code login}: {@code POST signin} with a live session's cookie, which changes the session id as a form login
 * does: with the library every one costs a signature.</li>
 * </ul>
 * A {@code Set-Cookie} for the session cookie in any answer replaces the slot's cookie, as a browser would.
 */
enum Traffic {
    /** Requests on live sessions. */
    STEADY("hit", "ok ", true),
    /** Requests without a cookie that create a session. */
    FIRST_VISIT("visit", "visited", false),
    /** Requests that change the id of a live session. */
    LOGIN("signin", "signed in", true);

    static final String COOKIE = "JSESSIONID";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String path;
    private final String answer;
    private final boolean sendsCookie;

    Traffic(String path, String answer, boolean sendsCookie) {
        this.path = path;
        this.answer = answer;
        this.sendsCookie = sendsCookie;
    }

    /** Parses {@code steady}, {@code first-visit} or {@code login}. */
    static Traffic of(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** The name as given in {@code bench.patterns}. */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The request for one session slot. */
    HttpRequest request(URI app, SessionPool sessions, int slot) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.resolve(path)).timeout(TIMEOUT);
        if (sendsCookie) {
            builder.header("Cookie", COOKIE + "=" + sessions.cookie(slot));
        }
        return this == LOGIN ? builder.POST(HttpRequest.BodyPublishers.noBody()).build() : builder.GET().build();
    }

    /** Whether the answer is right; takes a new session cookie into the slot. */
    boolean answered(HttpResponse<String> response, SessionPool sessions, int slot) {
        String cookie = cookieIn(response);
        if (cookie != null && sendsCookie) {
            sessions.update(slot, cookie);
        }
        boolean needsCookie = this != STEADY;
        return response.statusCode() == 200 && response.body().startsWith(answer) && (!needsCookie || cookie != null);
    }

    /** The session cookie's value set by the answer, or null (also for a deletion). */
    static String cookieIn(HttpResponse<?> response) {
        String value = null;
        for (String header : response.headers().allValues("set-cookie")) {
            if (header.startsWith(COOKIE + "=")) {
                int end = header.indexOf(';');
                value = header.substring(COOKIE.length() + 1, end < 0 ? header.length() : end);
            }
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
