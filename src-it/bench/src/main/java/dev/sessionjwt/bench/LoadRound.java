package dev.sessionjwt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One round of closed-loop load on one application: a fixed number of virtual users, each a thread sending
 * its next request of one {@link Traffic} kind as soon as the last one answered, spread round-robin over the
 * live sessions (each user its own slots), until the round's time or request budget runs out.
 *
 * @param app        the application's variant name
 * @param requests   requests answered
 * @param errors     answers that were not right for the traffic (a request that reached no session), or failed
 * @param newCookies answers that carried a {@code Set-Cookie} (a token signed or a cookie deleted)
 * @param nanos      the round's wall time
 * @param latencies  every answered request's latency in nanoseconds, unsorted
 */
record LoadRound(String app, long requests, long errors, long newCookies, long nanos, long[] latencies) {

    /** Requests per second. */
    double throughput() {
        return requests * 1e9 / nanos;
    }

    /**
     * Runs a round.
     *
     * @param base     the application's base URI, ending in a slash
     * @param sessions the live sessions (ignored by first visits)
     */
    static LoadRound run(String app, HttpClient client, Traffic traffic, URI base, SessionPool sessions, int users,
                         Duration time, int maxRequests) throws InterruptedException {
        AtomicInteger budget = new AtomicInteger(maxRequests);
        CountDownLatch start = new CountDownLatch(1);
        User[] team = new User[users];
        Thread[] threads = new Thread[users];
        for (int u = 0; u < users; u++) {
            team[u] = new User(client, traffic, base, sessions, u, users, budget, start);
            threads[u] = new Thread(team[u], "bench-user-" + u);
            threads[u].start();
        }
        long begin = System.nanoTime();
        long deadline = begin + time.toNanos();
        for (User user : team) {
            user.deadline = deadline;
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long nanos = System.nanoTime() - begin;

        long errors = 0;
        long newCookies = 0;
        int count = 0;
        for (User user : team) {
            errors += user.errors;
            newCookies += user.newCookies;
            count += user.count;
        }
        long[] latencies = new long[count];
        int at = 0;
        for (User user : team) {
            System.arraycopy(user.latencies, 0, latencies, at, user.count);
            at += user.count;
        }
        return new LoadRound(app, count, errors, newCookies, nanos, latencies);
    }

    /** One virtual user: a thread with its own slice of the sessions and its own latency record. */
    private static final class User implements Runnable {
        private final HttpClient client;
        private final Traffic traffic;
        private final URI base;
        private final SessionPool sessions;
        private final int stride;
        private final AtomicInteger budget;
        private final CountDownLatch start;
        private final int first;
        private int next;
        private volatile long deadline;
        private long[] latencies = new long[4096];
        private int count;
        private long errors;
        private long newCookies;

        User(HttpClient client, Traffic traffic, URI base, SessionPool sessions, int first, int stride,
             AtomicInteger budget, CountDownLatch start) {
            this.client = client;
            this.traffic = traffic;
            this.base = base;
            this.sessions = sessions;
            this.first = first;
            this.next = first;
            this.stride = stride;
            this.budget = budget;
            this.start = start;
        }

        @Override
        public void run() {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                // each user keeps to its own slots, so no two users ever send one session's cookie at once
                if (next >= sessions.size()) {
                    next = first;
                }
                int slot = next;
                next += stride;
                long sent = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(traffic.request(base, sessions, slot),
                            HttpResponse.BodyHandlers.ofString());
                    record(System.nanoTime() - sent);
                    if (!traffic.answered(response, sessions, slot)) {
                        errors++;
                    }
                    if (response.headers().firstValue("set-cookie").isPresent()) {
                        newCookies++;
                    }
                } catch (IOException e) {
                    errors++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private void record(long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }
    }
}
