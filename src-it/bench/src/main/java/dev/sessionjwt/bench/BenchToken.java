package dev.sessionjwt.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.TokenIssuer;

/**
 * One session-sized token of one algorithm, issued by the library itself, with its parts as the bare
 * primitives see them: the signing input and the raw signature.
 */
final class BenchToken {

    /** A container session id of the usual shape (32 hex digits). */
    static final String SESSION_ID = "6b1d0c7e93a54f2e8d1b6a0f4c3e2d19";
    /** The clock skew the library and plain jose4j both allow. */
    static final Duration SKEW = Duration.ofSeconds(30);
    /** A lifetime far longer than a benchmark run, so the token stays valid throughout. */
    static final Duration LIFETIME = Duration.ofDays(1);
    /** The longest token the library parses (its default). */
    static final int MAX_SIZE = 8192;

    final BenchKeys algorithm;
    final JwtKey key;
    final TokenIssuer issuer;
    final String compact;
    final byte[] signingInput;
    final byte[] signature;
    private final byte[] compactBytes;

    BenchToken(BenchKeys algorithm) {
        this.algorithm = algorithm;
        this.key = algorithm.newKey();
        this.issuer = new TokenIssuer(key, "sk", LIFETIME, Clock.systemUTC());
        this.compact = issuer.issue(SESSION_ID, extraClaims()).compact();
        int lastDot = compact.lastIndexOf('.');
        this.signingInput = compact.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
        this.signature = Base64.getUrlDecoder().decode(compact.substring(lastDot + 1));
        this.compactBytes = compact.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Claims an application typically adds: caller, name, groups, tenant. */
    static Map<String, Object> extraClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("upn", "alice@example.com");
        claims.put("name", "Alice");
        claims.put("groups", List.of("users", "admin"));
        claims.put("tenant", "acme");
        return claims;
    }

    /** The token as a new String with no cached hash, as a request's cookie parsing produces it. */
    String fresh() {
        return new String(compactBytes, StandardCharsets.ISO_8859_1);
    }
}
