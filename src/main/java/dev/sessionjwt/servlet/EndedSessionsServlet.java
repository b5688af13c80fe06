package dev.sessionjwt.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.discovery.EndedSessions;
import dev.sessionjwt.token.JwtKey;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the ended-sessions feed ({@link EndedSessionsFeed}) of the application's {@link EndedSessions} (on a
 * distributable application the cluster's), signed with the current key under the header {@code typ}
 * {@value EndedSessionsFeed#TYPE}: the whole list, or with {@code ?since=<cursor>} what ended after that cursor.
 * Cacheable for the configured time, with a weak {@code ETag} that changes with the record's
 * {@linkplain EndedSessions#version() version} and the cursor asked for ({@code If-None-Match} is answered 304; the
 * bodies differ in their {@code iat}). The whole list is signed once per change of the record or ten seconds, not once
 * per request.
 */
final class EndedSessionsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(EndedSessionsServlet.class.getName());

    private final transient EndedSessions log;
    private final transient JwtKey key;
    private final transient TokenParties parties;
    private final String cacheControl;
    private transient volatile Signed lastFull;

    /**
     * @param log     the application's ended sessions
     * @param key     the current key, a key pair
     * @param parties the issuer written into the feed
     * @param maxAge  how long clients and caches may keep a response
     */
    EndedSessionsServlet(EndedSessions log, JwtKey key, TokenParties parties, Duration maxAge) {
        this.log = log;
        this.key = key;
        this.parties = parties;
        this.cacheControl = "public, max-age=" + maxAge.getSeconds();
    }

    /** How long a whole list, once signed, is served again unchanged: readers refuse a feed signed long ago. */
    static final long RESIGN_AFTER_SECONDS = 10;

    private record Signed(String etag, byte[] body, long issuedAt) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<EndedSessionsFeed.Cursor> since = EndedSessionsFeed.Cursor.parse(request.getParameter("since"));
        Signed signed;
        try {
            signed = since.isEmpty() ? full() : sign(log.version() + ".since." + since.get(),
                    log.feed(since, parties.issuer()));
        } catch (RuntimeException e) {
            // the cluster's store can fail (a member leaving, a shutdown): a clear 503, never a 500 with a trace
            Message.ENDED_SESSIONS_UNAVAILABLE.log(LOG, e);
            response.setHeader("Retry-After", "5");
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", signed.etag());
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (DiscoveryServlet.matches(request.getHeader("If-None-Match"), signed.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(EndedSessionsFeed.MEDIA_TYPE);
        response.setContentLength(signed.body().length);
        response.getOutputStream().write(signed.body());
    }

    /**
     * The whole list, signed again only when the log has changed since the last one or that one was signed
     * {@value #RESIGN_AFTER_SECONDS} seconds ago or more.
     */
    private Signed full() {
        Signed last = lastFull;
        String version = log.version();
        if (last != null && last.etag().equals(etag(version))
                && Instant.now().getEpochSecond() - last.issuedAt() < RESIGN_AFTER_SECONDS) {
            return last;
        }
        Signed fresh = sign(version, log.feed(Optional.empty(), parties.issuer()));
        lastFull = fresh;
        return fresh;
    }

    /**
     * @param version what the feed was built from: the log's version, and for an incremental one the cursor asked
     *                for; read before the feed, so a change in between only makes the next request sign again
     */
    private Signed sign(String version, EndedSessionsFeed feed) {
        return new Signed(etag(version), feed.signedWith(key).getBytes(StandardCharsets.US_ASCII), feed.issuedAt());
    }

    private static String etag(String version) {
        return "W/\"" + version + "\"";
    }
}
