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

/**
 * One GET of a document a reader trusts (a JWK set, a discovery document) with jose4j's {@link Get}: no retries,
 * connect and read timeouts, a body size limit and status 200 only; otherwise a failure that says why, never the
 * body. Never throws.
 *
 * <pre>
 * BoundedGet.Result result = BoundedGet.get(uri, Duration.ofSeconds(2), 256 * 1024);
 * </pre>
 */
public final class BoundedGet {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,9})");

    private BoundedGet() {
    }

    /** The outcome of a GET. */
    public sealed interface Result {
    }

    /**
     * A 200 response's body.
     *
     * @param text   the body
     * @param maxAge the {@code Cache-Control: max-age}, if the response gave one ({@code no-cache}/{@code no-store}
     *               count as zero)
     */
    public record Body(String text, Optional<Duration> maxAge) implements Result {
    }

    /**
     * A GET that gave no body.
     *
     * @param problem what went wrong; never contains the body
     */
    public record Failed(String problem) implements Result {
    }

    /**
     * @param location the URL (http or https), not null
     * @param timeout  the connect timeout and the read timeout, each
     * @param maxBytes the largest body read; a longer one is a failure
     * @return the body or what went wrong
     */
    public static Result get(URI location, Duration timeout, int maxBytes) {
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
        return new Body(body, maxAge(response));
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
