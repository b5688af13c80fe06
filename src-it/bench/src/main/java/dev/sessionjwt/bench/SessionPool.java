package dev.sessionjwt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live sessions of one application, as a browser population holds them: one cookie per slot, replaced when
 * an answer sets a new one. A load round gives each virtual user its own slots, and rounds are separated by
 * thread joins, so the slots need no locking.
 */
final class SessionPool {

    private final URI app;
    private String[] cookies = new String[0];
    private int size;

    /** @param app the application's base URI, ending in a slash */
    SessionPool(URI app) {
        this.app = app;
    }

    int size() {
        return size;
    }

    String cookie(int slot) {
        return cookies[slot];
    }

    void update(int slot, String cookie) {
        cookies[slot] = cookie;
    }

    /**
     * Opens sessions ({@code GET login}, one new session each) with {@code users} threads until the pool holds
     * {@code count}; with {@code keep} false each session is used once ({@code GET hit}, so it holds its
     * {@code @SessionScoped} bean as a session in use does) and its cookie dropped (the session stays live on the
     * server), which keeps the client's memory out of a heap measurement.
     */
    void openUpTo(HttpClient client, int count, int users, boolean keep) throws InterruptedException {
        int from = size;
        if (count <= from) {
            return;
        }
        if (keep) {
            cookies = Arrays.copyOf(cookies, count);
        }
        HttpRequest login = HttpRequest.newBuilder(app.resolve("login")).timeout(Duration.ofSeconds(30)).GET().build();
        AtomicInteger next = new AtomicInteger(from);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread[] threads = new Thread[users];
        for (int u = 0; u < users; u++) {
            threads[u] = new Thread(() -> {
                for (int slot = next.getAndIncrement(); slot < count && failure.get() == null;
                     slot = next.getAndIncrement()) {
                    try {
                        HttpResponse<String> response = client.send(login, HttpResponse.BodyHandlers.ofString());
                        String cookie = Traffic.cookieIn(response);
                        if (cookie == null) {
                            throw new IllegalStateException(app + "login set no " + Traffic.COOKIE + " cookie");
                        }
                        if (keep) {
                            cookies[slot] = cookie;
                        } else {
                            HttpRequest hit = HttpRequest.newBuilder(app.resolve("hit")).timeout(Duration.ofSeconds(30))
                                    .header("Cookie", Traffic.COOKIE + "=" + cookie).GET().build();
                            if (client.send(hit, HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
                                throw new IllegalStateException(app + "hit reached no session");
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-open-" + u);
            threads[u].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("opening sessions on " + app + " failed", failure.get());
        }
        size = keep ? count : 0;
    }
}
