package dev.sessionjwt.internal.logout;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.token.JwtKey;

/**
 * Sends each configured receiver a {@link LogoutToken} when a session ends, signed and sent off the request thread: a
 * form POST of
 * {@code logout_token}, as OpenID Connect Back-Channel Logout 1.0 does; a 200 or 204 is delivered. Anything else is
 * tried again after 1, 2, 4, ... seconds, at most {@link Retry#attempts()} times in all, then given up with
 * {@code SJWT0123}. At most {@code maxPending} deliveries wait at once; one more is not queued ({@code SJWT0124}). A
 * receiver that missed a token learns of the session from the ended-sessions feed. No redirect is followed.
 *
 * <pre>
 * BackchannelLogout logout = new BackchannelLogout(receivers, key, issuer, Clock.systemUTC(), Retry.DEFAULT, 10_000);
 * logout.ended(sessionId);   // returns at once
 * logout.close();            // when the application stops
 * </pre>
 */
public final class BackchannelLogout implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackchannelLogout.class.getName());

    /**
     * How deliveries are retried.
     *
     * @param attempts   the most attempts per token, at least 1
     * @param firstDelay the wait before the second attempt; each further wait doubles
     * @param timeout    the connect timeout and the whole request's timeout, each
     */
    public record Retry(int attempts, Duration firstDelay, Duration timeout) {
        /** Six attempts over about half a minute, each within 5 seconds. */
        public static final Retry DEFAULT = new Retry(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

        /** Checks the values. */
        public Retry {
            if (attempts < 1 || firstDelay.isNegative() || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("attempts " + attempts + ", firstDelay " + firstDelay
                        + ", timeout " + timeout);
            }
        }
    }

    private final List<URI> receivers;
    private final JwtKey key;
    private final String issuer;
    private final Clock clock;
    private final Retry retry;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();
    private final ScheduledThreadPoolExecutor scheduler;
    private final HttpClient client;

    /**
     * @param receivers  the receivers' URLs
     * @param key        the current key, a key pair
     * @param issuer     the application's issuer
     * @param clock      the time source of the tokens
     * @param retry      how deliveries are retried
     * @param maxPending the most deliveries waiting at once, at least 1
     */
    public BackchannelLogout(List<URI> receivers, JwtKey key, String issuer, Clock clock, Retry retry,
                             int maxPending) {
        this.receivers = List.copyOf(receivers);
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
        this.retry = retry;
        this.maxPending = maxPending;
        this.scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "session-jwt-backchannel-logout");
            thread.setDaemon(true);
            return thread;
        });
        this.scheduler.setRemoveOnCancelPolicy(true);
        this.client = HttpClient.newBuilder().connectTimeout(retry.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).executor(scheduler).build();
    }

    /** The deliveries waiting now (queued, in flight or waiting for a retry). */
    public int pending() {
        return pending.get();
    }

    /**
     * Queues a logout token to every receiver; returns at once.
     *
     * @param sessionId the id (or former id) of the session that ended
     */
    public void ended(String sessionId) {
        String hash = EndedSessionsFeed.hash(sessionId);
        for (URI receiver : receivers) {
            if (pending.incrementAndGet() > maxPending) {
                pending.decrementAndGet();
                Message.LOGOUT_QUEUE_FULL.log(LOG, Integer.toString(maxPending), receiver.toString());
                continue;
            }
            try {
                // signed on the sender's thread too: the request that ended the session pays for a hash, no signature
                scheduler.execute(() -> first(receiver, hash));
            } catch (RuntimeException stopped) {
                pending.decrementAndGet();
            }
        }
    }

    private void first(URI receiver, String hash) {
        String token;
        try {
            token = LogoutToken.sign(key, issuer, receiver.toString(), hash, clock.instant());
        } catch (RuntimeException e) {
            pending.decrementAndGet();
            Message.LOGOUT_NOT_DELIVERED.log(LOG, receiver.toString(), "0", e.getMessage());
            return;
        }
        attempt(receiver, token, 1);
    }

    private void attempt(URI receiver, String token, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(receiver).timeout(retry.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token="
                        + URLEncoder.encode(token, StandardCharsets.US_ASCII)))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && (response.statusCode() == 200 || response.statusCode() == 204)) {
                pending.decrementAndGet();
                return;
            }
            String problem = failure != null ? failure.getClass().getSimpleName() : "status " + response.statusCode();
            if (attempt >= retry.attempts() || scheduler.isShutdown()) {
                pending.decrementAndGet();
                Message.LOGOUT_NOT_DELIVERED.log(LOG, receiver.toString(), Integer.toString(attempt), problem);
                return;
            }
            long delay = retry.firstDelay().toMillis() << Math.min(attempt - 1, 20);
            try {
                scheduler.schedule(() -> attempt(receiver, token, attempt + 1), delay, TimeUnit.MILLISECONDS);
            } catch (RuntimeException stopped) {
                pending.decrementAndGet();
            }
        });
    }

    /** Stops sending: what is still waiting is dropped (the receivers have the feed). */
    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
