package dev.sessionjwt.internal.token;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * Verifies a cookie value as a session token: size and shape first (cheap), then the signature with the
 * key its {@code kid} names and exactly that key's algorithm, then the claims against the clock and the
 * configured issuer and audience. Never throws for bad input.
 *
 * <pre>
 * Verification result = verifier.verify(cookieValue);
 * if (result.isValid()) { String sessionId = result.token().sessionId(); }
 * </pre>
 */
public final class TokenVerifier {

    /** Longest session id accepted in a token. */
    public static final int MAX_SESSION_ID_LENGTH = 256;
    /** Longest {@code jti} accepted. */
    public static final int MAX_JWT_ID_LENGTH = 256;
    /** The claim that carries the session id unless configured otherwise. */
    public static final String DEFAULT_SESSION_FIELD = "sk";
    /** Clock difference tolerated for {@code exp} and {@code iat} unless configured otherwise, in seconds. */
    public static final int DEFAULT_CLOCK_SKEW_SECONDS = 30;
    /** Longest value parsed at all unless configured otherwise, in bytes. */
    public static final int DEFAULT_MAX_TOKEN_SIZE = 8192;

    private final JwtConsumer consumer;
    private final JwtKeyRing keys;
    private final TokenParties parties;
    private final String sessionField;
    private final Duration lifetime;
    private final Duration clockSkew;
    private final int maxTokenSize;
    private final Clock clock;
    private final ClaimRules rules;

    /**
     * A verifier for one key and no issuer or audience.
     *
     * @param key          the verification key and its one permitted algorithm, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     the configured token lifetime; a later {@code exp} is rejected
     * @param clockSkew    tolerated clock difference
     * @param maxTokenSize longest value parsed at all, in bytes
     * @param clock        the time source, not null
     */
    public TokenVerifier(JwtKey key, String sessionField, Duration lifetime, Duration clockSkew, int maxTokenSize,
                         Clock clock) {
        this(JwtKeyRing.of(key), TokenParties.NONE, sessionField, lifetime, clockSkew, maxTokenSize, clock);
    }

    /**
     * @param keys         the keys accepted, selected by {@code kid}, each with its one permitted algorithm
     * @param parties      the issuer and audience a token must name, if configured, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     the configured token lifetime; a later {@code exp} is rejected
     * @param clockSkew    tolerated clock difference
     * @param maxTokenSize longest value parsed at all, in bytes
     * @param clock        the time source, not null
     */
    public TokenVerifier(JwtKeyRing keys, TokenParties parties, String sessionField, Duration lifetime,
                         Duration clockSkew, int maxTokenSize, Clock clock) {
        this(keys, parties, sessionField, lifetime, clockSkew, maxTokenSize, clock, ClaimRules.SESSION_JWT);
    }

    /**
     * A verifier with explicit claim rules, for tokens of another issuer (django-session-jwt).
     *
     * @param keys         the keys accepted, selected by {@code kid}, each with its one permitted algorithm
     * @param parties      the issuer and audience a token must name, if configured, not null
     * @param sessionField the claim that carries the session id, not null
     * @param lifetime     the longest token lifetime; a later {@code exp} is rejected
     * @param clockSkew    tolerated clock difference
     * @param maxTokenSize longest value parsed at all, in bytes
     * @param clock        the time source, not null
     * @param rules        which registered claims are required, not null
     */
    public TokenVerifier(JwtKeyRing keys, TokenParties parties, String sessionField, Duration lifetime,
                         Duration clockSkew, int maxTokenSize, Clock clock, ClaimRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.parties = Objects.requireNonNull(parties, "parties");
        this.sessionField = Objects.requireNonNull(sessionField, "sessionField");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.maxTokenSize = maxTokenSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.consumer = new JwtConsumerBuilder()
                .setSkipAllDefaultValidators()
                .setVerificationKeyResolver(new KeyRingResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        keys.keys().stream().map(JwtKey::algorithm).distinct().toArray(String[]::new))
                .build();
    }

    /** The tolerated clock difference for {@code exp}, {@code iat} and {@code nbf}. */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** The longest value, in characters, that is parsed at all. */
    public int maxTokenSize() {
        return maxTokenSize;
    }

    /** The time source the claims are checked against. */
    public Clock clock() {
        return clock;
    }

    /**
     * Verifies a cookie value.
     *
     * @param value the raw cookie value; null is rejected as malformed
     * @return the verified token or the reason it was rejected
     */
    public Verification verify(String value) {
        if (value == null || value.isEmpty()) {
            return rejected(TokenRejection.MALFORMED, "empty value");
        }
        if (value.length() > maxTokenSize) {
            return rejected(TokenRejection.TOO_LARGE, value.length() + " characters, limit " + maxTokenSize);
        }
        String shapeProblem = CompactShape.problem(value);
        if (shapeProblem != null) {
            return rejected(TokenRejection.MALFORMED, shapeProblem);
        }
        JwtContext context;
        try {
            context = consumer.process(value);
        } catch (InvalidJwtException e) {
            return JwsRejections.of(e);
        } catch (RuntimeException e) {
            return rejected(TokenRejection.MALFORMED, e.getClass().getSimpleName());
        }
        String header = JwsRejections.forbiddenHeader(context.getJoseObjects());
        if (header != null) {
            return rejected(TokenRejection.UNSUPPORTED_HEADER, "header '" + header + "' is never accepted");
        }
        String keyId = context.getJoseObjects().get(0).getKeyIdHeaderValue();
        return claimsCheck(value, context.getJwtClaims(), keyId != null && keys.isCurrent(keyId));
    }

    private Verification claimsCheck(String value, JwtClaims claims, boolean currentKey) {
        Instant now = clock.instant();
        try {
            Object sessionId = claims.getClaimValue(sessionField);
            Object jwtId = claims.getClaimValue("jti");
            String timesProblem = rules.integerTimes() ? TimeClaims.problem(claims) : null;
            if (timesProblem != null) {
                return rejected(TokenRejection.INVALID_CLAIM, timesProblem);
            }
            NumericDate exp = claims.getExpirationTime();
            NumericDate iat = claims.getIssuedAt();
            NumericDate nbf = claims.getNotBefore();
            if (iat == null || sessionId == null || (rules.requireJwtId() && jwtId == null)
                    || (rules.requireExpiry() && exp == null)) {
                return rejected(TokenRejection.MISSING_CLAIM, (rules.requireExpiry() ? "exp, " : "") + "iat, "
                        + (rules.requireJwtId() ? "jti " : "") + "and " + sessionField + " are required");
            }
            if (exp == null && rules.maxAge().isEmpty()) {
                return rejected(TokenRejection.NO_EXPIRY, "no exp, and the reader has no maximum age to apply");
            }
            if (!(sessionId instanceof String sid) || !isSessionId(sid)) {
                return rejected(TokenRejection.INVALID_CLAIM, sessionField + " is not a session id");
            }
            if (jwtId != null && (!(jwtId instanceof String jti) || jti.isEmpty() || jti.length() > MAX_JWT_ID_LENGTH)) {
                return rejected(TokenRejection.INVALID_CLAIM, "jti is not a short string");
            }
            String partiesProblem = partiesProblem(claims);
            if (partiesProblem != null) {
                return rejected(partiesProblem.startsWith("iss") ? TokenRejection.UNEXPECTED_ISSUER
                        : TokenRejection.UNEXPECTED_AUDIENCE, partiesProblem);
            }
            long nowSeconds = now.getEpochSecond();
            long skew = clockSkew.getSeconds();
            long expires = effectiveExpiry(exp, iat);
            if (expires <= nowSeconds - skew) {
                return rejected(TokenRejection.EXPIRED, exp == null || expires < exp.getValue()
                        ? "older than the maximum age (issued at " + iat.getValue() + ")" : "expired at " + expires);
            }
            if (iat.getValue() > nowSeconds + skew || (nbf != null && nbf.getValue() > nowSeconds + skew)) {
                return rejected(TokenRejection.NOT_YET_VALID, "issued or valid only in the future");
            }
            if (exp != null && (exp.getValue() > nowSeconds + lifetime.getSeconds() + skew
                    || exp.getValue() < iat.getValue())) {
                return rejected(TokenRejection.LIFETIME_TOO_LONG, "exp beyond the configured lifetime");
            }
            return new Verification.Valid(new SessionToken(value, sid, Instant.ofEpochSecond(iat.getValue()),
                    Instant.ofEpochSecond(expires), jwtId == null ? "" : (String) jwtId, claims.getClaimsMap()),
                    currentKey);
        } catch (MalformedClaimException | ArithmeticException | DateTimeException e) {
            return rejected(TokenRejection.INVALID_CLAIM, "a time claim is not a number in range");
        }
    }

    /** The {@code exp}, capped at {@code iat} plus the maximum age if there is one. */
    private long effectiveExpiry(NumericDate exp, NumericDate iat) {
        long byAge = rules.maxAge().map(age -> Math.addExact(iat.getValue(), age.getSeconds())).orElse(Long.MAX_VALUE);
        return exp == null ? byAge : Math.min(exp.getValue(), byAge);
    }

    /** Null if {@code iss} and {@code aud} are as configured, else what is wrong (starting "iss" or "aud"). */
    private String partiesProblem(JwtClaims claims) throws MalformedClaimException {
        Object issuer = claims.getClaimValue("iss");
        if (parties.issuer().isPresent() && !parties.issuer().get().equals(issuer)) {
            return "iss is not the configured issuer";
        }
        if (parties.audience().isEmpty()) {
            return claims.hasClaim("aud") ? "aud present, no audience is expected" : null;
        }
        return claims.hasAudience() && claims.getAudience().contains(parties.audience().get()) ? null
                : "aud does not name the configured audience";
    }

    /** Whether a claim value can be a container session id: 1-256 visible ASCII characters, no separators. */
    static boolean isSessionId(String value) {
        if (value.isEmpty() || value.length() > MAX_SESSION_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ';' || c == ',' || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    static Verification rejected(TokenRejection reason, String detail) {
        return new Verification.Rejected(reason, detail);
    }
}
