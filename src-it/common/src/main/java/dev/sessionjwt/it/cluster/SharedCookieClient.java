package dev.sessionjwt.it.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser-like client for a cluster behind a load balancer without sticky routing: one cookie jar for
 * every node, so each request may go to any node with exactly the cookies the previous answers left. It
 * records the {@code Set-Cookie} headers of the last answer so tests can look at what each node wrote.
 */
public final class SharedCookieClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> jar = new LinkedHashMap<>();
    private List<String> lastSetCookies = List.of();

    /** GET {@code base + path} with the jar's cookies; stores the answer's cookies (Max-Age=0 deletes). */
    public HttpResponse<String> get(URI base, String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET());
    }

    /** POST of a form ({@code application/x-www-form-urlencoded}) to {@code base + path}, otherwise like {@link #get}. */
    public HttpResponse<String> post(URI base, String path, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!jar.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            jar.forEach((name, value) -> pairs.add(name + "=" + value));
            request.header("Cookie", String.join("; ", pairs));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            lastSetCookies = response.headers().allValues("Set-Cookie");
            lastSetCookies.forEach(this::store);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The cookies the client holds now, by name. */
    public Map<String, String> cookies() {
        return Map.copyOf(jar);
    }

    /** The value of one cookie, or null. */
    public String cookie(String name) {
        return jar.get(name);
    }

    /** Sets (or with null, removes) one cookie by hand: a replayed or stale value. */
    public void setCookie(String name, String value) {
        if (value == null) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }

    /** The {@code Set-Cookie} headers of the last answer. */
    public List<String> lastSetCookies() {
        return lastSetCookies;
    }

    private void store(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        if (setCookie.contains("Max-Age=0") || value.isEmpty()) {
            jar.remove(name);
        } else {
            jar.put(name, value);
        }
    }
}
