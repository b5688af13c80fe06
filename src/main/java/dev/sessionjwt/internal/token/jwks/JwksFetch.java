package dev.sessionjwt.internal.token.jwks;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.http.Get;
import org.jose4j.http.SimpleResponse;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.keys.VerificationKeys;

/**
 * One fetch of a JWK set with jose4j's {@link Get}: no retries, connect and read timeouts, a body size limit,
 * status 200 only, and at least one usable signature key; otherwise a failure that says why. Never throws.
 *
 * <pre>
 * JwksFetch.Result result = new JwksFetch(uri, Duration.ofSeconds(2), 256 * 1024).fetch();
 * </pre>
 */
public final class JwksFetch {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,9})");

    private final URI location;
    private final Duration timeout;
    private final int maxBytes;

    /**
     * @param location the JWK set URL (http or https), not null
     * @param timeout  the connect timeout and the read timeout, each
     * @param maxBytes the largest body read; a longer one is a failure
     */
    public JwksFetch(URI location, Duration timeout, int maxBytes) {
        this.location = location;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
    }

    /** The outcome of a fetch. */
    public sealed interface Result {
    }

    /**
     * A usable JWK set.
     *
     * @param keys   its usable keys, in document order, not empty
     * @param maxAge the {@code Cache-Control: max-age}, if the response gave one ({@code no-cache}/{@code no-store}
     *               count as zero)
     */
    public record Fetched(List<JwtKey> keys, Optional<Duration> maxAge) implements Result {
    }

    /**
     * A fetch that gave no usable key set.
     *
     * @param problem what went wrong, for a rejection detail; never contains the body
     */
    public record Failed(String problem) implements Result {
    }

    /** Fetches the set once. */
    public Result fetch() {
        Get get = new Get();
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        get.setConnectTimeout(millis);
        get.setReadTimeout(millis);
        get.setRetries(0);
        get.setResponseBodySizeLimit(maxBytes);
        SimpleResponse response;
        try {
            response = get.get(location.toString());
        } catch (IOException | RuntimeException e) {
            return new Failed("fetch failed: " + e.getClass().getSimpleName() + shortMessage(e));
        }
        if (response.getStatusCode() != 200) {
            return new Failed("status " + response.getStatusCode());
        }
        String body = response.getBody();
        if (body == null || body.length() > maxBytes) {
            return new Failed("no body, or larger than " + maxBytes + " bytes");
        }
        List<JwtKey> keys;
        try {
            keys = VerificationKeys.ofPublished(new JsonWebKeySet(body).getJsonWebKeys());
        } catch (JoseException | RuntimeException e) {
            return new Failed("the body is not a JWK set");
        }
        if (keys.isEmpty()) {
            return new Failed("the JWK set has no usable signature key");
        }
        return new Fetched(keys, maxAge(response));
    }

    /** The exception's message (jose4j names the status there), printable and at most 100 characters. */
    private static String shortMessage(Exception e) {
        String message = e.getMessage();
        if (message == null) {
            return "";
        }
        String printable = message.replaceAll("[^\\x20-\\x7e]", "?");
        return " (" + (printable.length() > 100 ? printable.substring(0, 100) + "..." : printable) + ")";
    }

    private static Optional<Duration> maxAge(SimpleResponse response) {
        List<String> values = response.getHeaderValues("Cache-Control");
        if (values == null) {
            return Optional.empty();
        }
        for (String value : values) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.contains("no-cache") || lower.contains("no-store")) {
                return Optional.of(Duration.ZERO);
            }
            Matcher matcher = MAX_AGE.matcher(lower);
            if (matcher.find()) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1))));
            }
        }
        return Optional.empty();
    }
}
