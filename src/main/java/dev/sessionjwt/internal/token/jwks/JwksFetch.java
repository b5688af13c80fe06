package dev.sessionjwt.internal.token.jwks;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.lang.JoseException;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.keys.VerificationKeys;

/**
 * One fetch of a JWK set ({@link BoundedGet}: no retries, connect and read timeouts, a body size limit, status 200
 * only) with at least one usable signature key; otherwise a failure that says why. Never throws.
 *
 * <pre>
 * JwksFetch.Result result = new JwksFetch(uri, Duration.ofSeconds(2), 256 * 1024).fetch();
 * </pre>
 */
public final class JwksFetch {

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
        BoundedGet.Result got = BoundedGet.get(location, timeout, maxBytes);
        if (got instanceof BoundedGet.Failed failed) {
            return new Failed(failed.problem());
        }
        BoundedGet.Body body = (BoundedGet.Body) got;
        List<JwtKey> keys;
        try {
            keys = VerificationKeys.ofPublished(new JsonWebKeySet(body.text()).getJsonWebKeys());
        } catch (JoseException | RuntimeException e) {
            return new Failed("the body is not a JWK set");
        }
        if (keys.isEmpty()) {
            return new Failed("the JWK set has no usable signature key");
        }
        return new Fetched(keys, body.maxAge());
    }
}
