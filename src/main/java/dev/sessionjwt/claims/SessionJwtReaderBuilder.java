package dev.sessionjwt.claims;

import java.net.URI;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.sessionjwt.internal.token.ClaimRules;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.internal.token.jwks.JwksFetch;
import dev.sessionjwt.internal.token.jwks.JwksFollower;
import dev.sessionjwt.internal.token.discovery.DiscoveryDocument;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeedVerifier;
import dev.sessionjwt.internal.token.discovery.LogoutTokenReceiver;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFollower;
import dev.sessionjwt.internal.token.jwks.BoundedGet;
import dev.sessionjwt.internal.token.jwks.JwksLocation;
import dev.sessionjwt.internal.token.keys.JwsAlgorithm;
import dev.sessionjwt.internal.token.keys.KeyMaterialException;
import dev.sessionjwt.internal.token.keys.KeyParser;
import dev.sessionjwt.internal.token.keys.KeySource;
import dev.sessionjwt.internal.token.keys.ParsedKey;
import dev.sessionjwt.internal.token.keys.VerificationKeys;

import dev.sessionjwt.internal.claims.DjangoFields;

/**
 * Builds a {@link SessionJwtReader}: exactly one key source ({@link #key(String)}, {@link #key(JwtKey)},
 * {@link #keys(JwtKeyRing)}, {@link #jwks(URI)} or {@link #discover(URI)}), then the application's settings that affect tokens. Bad key
 * material fails {@link #key(String)} at once with an {@link IllegalArgumentException} naming what was found.
 * {@link #endedSessions(URI)} (or a discovery document that names the feed) adds the check that a token's session has
 * not ended.
 *
 * <pre>
 * SessionJwtReader reader = SessionJwtReader.builder().key("file:/etc/shop/session-key.pub.pem")
 *         .issuer("https://shop.example.com").longNames(Map.of("e", "email")).build();
 * SessionJwtReader django = SessionJwtReader.builder().djangoSessionJwt().hmacSecret(djangoSecretKey)
 *         .djangoFields("('id', ('email', 'e', 'email'))").maxAge(Duration.ofDays(14)).build();
 * </pre>
 *
 * @since 1.0
 */
public final class SessionJwtReaderBuilder {

    /** Sessions ended by back-channel logout tokens a reader remembers at most. */
    static final int LOGGED_OUT_SESSIONS = 1_000_000;

    private JwtKeyRing keys;
    private URI jwks;
    private URI discovery;
    private URI endedSessions;
    private boolean sessionFieldSet;
    private boolean plainHttpJwks;
    private Optional<JwsAlgorithm> algorithm = Optional.empty();
    private Optional<String> issuer = Optional.empty();
    private Optional<String> audience = Optional.empty();
    private String sessionField = TokenVerifier.DEFAULT_SESSION_FIELD;
    private final Map<String, String> longNames = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = Duration.ofSeconds(TokenVerifier.DEFAULT_CLOCK_SKEW_SECONDS);
    private int maxTokenSize = TokenVerifier.DEFAULT_MAX_TOKEN_SIZE;
    private ClaimRules rules = ClaimRules.SESSION_JWT;
    private Duration jwksTimeout = Duration.ofSeconds(2);
    private Duration jwksMinInterval = Duration.ofSeconds(10);
    private Duration jwksDefaultCache = Duration.ofMinutes(5);
    private int jwksMaxBytes = 256 * 1024;
    private Duration endedSessionsPollInterval = Duration.ofSeconds(10);
    private Duration endedSessionsMaxStaleness = Duration.ofSeconds(60);

    SessionJwtReaderBuilder() {
    }

    /**
     * The verification key(s) from text or a location: a PEM public key, private key or {@code CERTIFICATE}, a JWK
     * or JWK set, an OpenSSH line ({@code ssh-rsa}, {@code ecdsa-sha2-nistp256}, {@code ssh-ed25519}), or an HMAC
     * secret written {@code secret:<the secret>} (its UTF-8 bytes after the prefix; or use {@link #hmacSecret});
     * inline or as {@code file:/path}, {@code classpath:name} or a plain path. Text of any other form is refused,
     * never taken for a secret. Several keys (a JWK set) are selected by {@code kid}; the first also verifies tokens
     * without one.
     *
     * @throws IllegalArgumentException when the text or location holds no usable key, such as a public key without
     *                                  its PEM lines, a URL or a path that names no file (the message says what was
     *                                  found)
     */
    public SessionJwtReaderBuilder key(String keyOrLocation) {
        try {
            String text = KeySource.read(keyOrLocation.strip(), getClass().getClassLoader()).text();
            return ring(VerificationKeys.of(KeyParser.parse(text), algorithm));
        } catch (KeyMaterialException e) {
            throw new IllegalArgumentException(e.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * An HMAC secret given as text (its UTF-8 bytes, taken whole: no {@code secret:} prefix here), never taken for a
     * location or a key; at least 32 bytes for HS256.
     *
     * @throws IllegalArgumentException ({@code SJWT0002}) for a secret shorter than the algorithm's hash
     */
    public SessionJwtReaderBuilder hmacSecret(String secret) {
        try {
            return ring(VerificationKeys.of(List.of(ParsedKey.secret(new org.jose4j.keys.HmacKey(
                    secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)))), algorithm));
        } catch (KeyMaterialException e) {
            throw new IllegalArgumentException(e.id() + ": " + e.getMessage(), e);
        }
    }

    /** A verification key given as a Java key and its one algorithm ({@code kid}: its thumbprint). */
    public SessionJwtReaderBuilder key(String algorithm, Key verificationKey) {
        return key(JwtKey.forVerification(algorithm, verificationKey));
    }

    /** One key with its {@code kid} and algorithm. */
    public SessionJwtReaderBuilder key(JwtKey key) {
        return keys(JwtKeyRing.of(key));
    }

    /** Several keys (a rotation), selected by {@code kid}. */
    public SessionJwtReaderBuilder keys(JwtKeyRing ring) {
        this.keys = Objects.requireNonNull(ring, "ring");
        return this;
    }

    /**
     * Follows the application's JWK set ({@code https://host/context/.well-known/jwks.json}): fetched when first
     * needed, again in the background before its {@code Cache-Control: max-age} runs out, and when a token names an
     * unknown {@code kid} (at most once per {@link #jwksMinRefreshInterval}); the last good keys stay in use while
     * the endpoint fails. A token whose key is known does not wait for a fetch while its keys are within their
     * max-age. The URL must be {@code https://}, or {@code http://} to a loopback address written as one
     * ({@code 127.0.0.1}, {@code [::1]}; not the name {@code localhost}); see {@link #allowPlainHttpJwks()}.
     *
     * @throws IllegalArgumentException for a URL that is not absolute {@code http(s)://} with a host
     */
    public SessionJwtReaderBuilder jwks(URI location) {
        JwksLocation.check(Objects.requireNonNull(location, "location"), true);
        this.jwks = location;
        return this;
    }

    /**
     * Configures the reader from the application's discovery document
     * ({@code https://host/context/.well-known/session-jwt}), fetched once by {@link #build()}: the JWK set it names
     * (followed as by {@link #jwks(URI)}, and under the same rules for plain {@code http://}), the issuer, the
     * audience, the session field, the claims' long names and the ended-sessions feed, when the application publishes
     * one (followed as by {@link #endedSessions(URI)}). It is the key source: give no other. A setting also
     * given to this builder must say what the document says, or {@link #build()} fails; nothing is guessed.
     *
     * @throws IllegalArgumentException for a URL that is not absolute {@code http(s)://} with a host
     */
    public SessionJwtReaderBuilder discover(URI location) {
        JwksLocation.check(Objects.requireNonNull(location, "location"), true, "discover");
        this.discovery = location;
        return this;
    }

    /**
     * Follows the application's ended-sessions feed ({@code https://host/context/.well-known/session-jwt-ended}) and
     * rejects a token that is valid in itself as {@code SESSION_ENDED} when the feed says its session ended (logout,
     * invalidation, a replaced session id) or that it was issued before the feed's {@code dead_before}. The feed is
     * verified with the reader's keys and fetched in the background every {@link #endedSessionsPollInterval}; when
     * the reader has not read it for longer than {@link #endedSessionsMaxStaleness} it rejects every token as
     * {@code ENDED_SESSIONS_UNKNOWN} (fail closed). {@link #discover(URI)} takes it from the document; given here as
     * well, it must be the same URL. The same rules as {@link #jwks(URI)} for plain {@code http://}.
     *
     * @throws IllegalArgumentException for a URL that is not absolute {@code http(s)://} with a host
     */
    public SessionJwtReaderBuilder endedSessions(URI location) {
        JwksLocation.check(Objects.requireNonNull(location, "location"), true, "endedSessions");
        this.endedSessions = location;
        return this;
    }

    /**
     * The time between two fetches of the ended-sessions feed (default 10 s), or the response's
     * {@code Cache-Control: max-age} when sooner, but never less than 1 s.
     *
     * @throws IllegalArgumentException outside 1 s to 10 minutes
     */
    public SessionJwtReaderBuilder endedSessionsPollInterval(Duration interval) {
        this.endedSessionsPollInterval = ReaderBounds.ENDED_SESSIONS_POLL_INTERVAL.check("endedSessionsPollInterval",
                interval);
        return this;
    }

    /**
     * The oldest last good read of the ended-sessions feed tokens are checked against (default 60 s): past it, a
     * verification waits at most {@link #jwksTimeout} for a fetch, and then rejects every token as
     * {@code ENDED_SESSIONS_UNKNOWN} ({@code SJWT0120} in the detail) until the feed is read again.
     *
     * @throws IllegalArgumentException outside 5 s to 1 day
     */
    public SessionJwtReaderBuilder endedSessionsMaxStaleness(Duration staleness) {
        this.endedSessionsMaxStaleness = ReaderBounds.ENDED_SESSIONS_MAX_STALENESS.check("endedSessionsMaxStaleness",
                staleness);
        return this;
    }

    /**
     * Accepts a {@link #jwks(URI)}, {@link #discover(URI)} or {@link #endedSessions(URI)} over plain {@code http://} to a host that is not a loopback address. Anyone on
     * the network path can then replace the keys and forge tokens this reader accepts: only for a network you trust
     * entirely (for example a service mesh that encrypts between pods).
     */
    public SessionJwtReaderBuilder allowPlainHttpJwks() {
        this.plainHttpJwks = true;
        return this;
    }

    /**
     * Connect and read timeout of a JWK set fetch (and of a discovery document or ended-sessions feed fetch), and the
     * longest a verification waits for one (default 2 s).
     *
     * @throws IllegalArgumentException outside 100 ms to 60 s
     */
    public SessionJwtReaderBuilder jwksTimeout(Duration timeout) {
        this.jwksTimeout = ReaderBounds.JWKS_TIMEOUT.check("jwksTimeout", timeout);
        return this;
    }

    /**
     * The least time between two JWK set fetches, whatever asks for them (default 10 s).
     *
     * @throws IllegalArgumentException outside 100 ms to 1 h
     */
    public SessionJwtReaderBuilder jwksMinRefreshInterval(Duration interval) {
        this.jwksMinInterval = ReaderBounds.JWKS_MIN_INTERVAL.check("jwksMinRefreshInterval", interval);
        return this;
    }

    /**
     * How long a JWK set is used when its response names no max-age (default 5 minutes).
     *
     * @throws IllegalArgumentException outside 1 s to 1 day
     */
    public SessionJwtReaderBuilder jwksDefaultCache(Duration cache) {
        this.jwksDefaultCache = ReaderBounds.JWKS_DEFAULT_CACHE.check("jwksDefaultCache", cache);
        return this;
    }

    /**
     * The largest JWK set body read, in bytes (default 256 KiB); a larger one is a failed fetch.
     *
     * @throws IllegalArgumentException outside 1024 to 1048576
     */
    public SessionJwtReaderBuilder jwksMaxBytes(int bytes) {
        this.jwksMaxBytes = ReaderBounds.check("jwksMaxBytes", bytes, ReaderBounds.MIN_JWKS_BYTES,
                ReaderBounds.MAX_JWKS_BYTES, "bytes");
        return this;
    }

    /** Pins the algorithm of keys given afterwards by text (for example PS256 for an RSA key). */
    public SessionJwtReaderBuilder algorithm(String name) {
        this.algorithm = Optional.of(JwsAlgorithm.byName(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown algorithm " + name + "; one of " + JwsAlgorithm.names())));
        return this;
    }

    /** The application's {@code session-jwt.issuer}: required in every token. */
    public SessionJwtReaderBuilder issuer(String value) {
        this.issuer = Optional.of(value);
        return this;
    }

    /** The application's {@code session-jwt.audience}: every token must name it. */
    public SessionJwtReaderBuilder audience(String value) {
        this.audience = Optional.of(value);
        return this;
    }

    /** The claim that carries the session id (default {@code sk}). */
    public SessionJwtReaderBuilder sessionField(String name) {
        this.sessionField = Objects.requireNonNull(name, "name");
        this.sessionFieldSet = true;
        return this;
    }

    /** Short-to-long claim names (the application's fields and producers); other claims keep their names. */
    public SessionJwtReaderBuilder longNames(Map<String, String> names) {
        this.longNames.putAll(names);
        return this;
    }

    /** Long names from django-session-jwt's {@code FIELDS}, pasted from settings.py (see {@link DjangoFields}). */
    public SessionJwtReaderBuilder djangoFields(String pythonLiteral) {
        return longNames(DjangoFields.parse(pythonLiteral));
    }

    /**
     * The time source for {@code exp}, {@code iat}, {@code nbf}, the JWK set cache and the ended-sessions feed's
     * schedule (default UTC system clock).
     */
    public SessionJwtReaderBuilder clock(Clock value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * The tolerated clock difference (default 30 s).
     *
     * @throws IllegalArgumentException outside 0 to 300 s, the range of the server's {@code session-jwt.clock-skew}
     */
    public SessionJwtReaderBuilder clockSkew(Duration skew) {
        this.clockSkew = ReaderBounds.CLOCK_SKEW.check("clockSkew", skew);
        return this;
    }

    /**
     * The longest value parsed at all (default 8192).
     *
     * @throws IllegalArgumentException outside 1024 to 65536, the range of the server's
     *                                  {@code session-jwt.max-token-size}
     */
    public SessionJwtReaderBuilder maxTokenSize(int characters) {
        this.maxTokenSize = ReaderBounds.check("maxTokenSize", characters, ReaderBounds.MIN_TOKEN_SIZE,
                ReaderBounds.MAX_TOKEN_SIZE, "characters");
        return this;
    }

    /**
     * Reads tokens minted by django-session-jwt: no {@code jti} needed; a token without {@code exp} (Django's
     * {@code EXPIRES} unset) is accepted only with a {@link #maxAge}, else rejected as {@code NO_EXPIRY}.
     */
    public SessionJwtReaderBuilder djangoSessionJwt() {
        this.rules = ClaimRules.djangoSessionJwt(rules.maxAge());
        return this;
    }

    /**
     * The longest accepted age of a token, measured from {@code iat}; also caps tokens that have {@code exp}.
     *
     * @throws IllegalArgumentException outside 1 s to 366 days ({@link SessionJwtReader#MAX_LIFETIME})
     */
    public SessionJwtReaderBuilder maxAge(Duration age) {
        this.rules = rules.withMaxAge(ReaderBounds.MAX_AGE.check("maxAge", age));
        return this;
    }

    /**
     * @throws IllegalStateException    without a key source, or with more than one; with {@link #discover(URI)}, when
     *                                  the document cannot be fetched or read, or says otherwise than a setting
     *                                  given here
     * @throws IllegalArgumentException for a JWK set, discovery document or ended-sessions feed over plain
     *                                  {@code http://} to a host that is not a loopback address, unless
     *                                  {@link #allowPlainHttpJwks()} was called
     */
    public SessionJwtReader build() {
        if (discovery != null) {
            if (keys != null || jwks != null) {
                throw new IllegalStateException("discover(...) is the key source: give no key(...), keys(...) or"
                        + " jwks(...) beside it");
            }
            JwksLocation.check(discovery, plainHttpJwks, "discover");
            adopt(fetchDiscovery());
        }
        if ((keys == null) == (jwks == null)) {
            throw new IllegalStateException("give exactly one key source: key(...), keys(...), jwks(...) or"
                    + " discover(...)");
        }
        if (jwks != null) {
            JwksLocation.check(jwks, plainHttpJwks);
        }
        if (endedSessions != null) {
            JwksLocation.check(endedSessions, plainHttpJwks, "endedSessions");
        }
        TokenParties parties = new TokenParties(issuer, audience);
        Function<JwtKeyRing, TokenVerifier> verifiers = ring -> new TokenVerifier(ring, parties, sessionField,
                SessionJwtReader.MAX_LIFETIME, clockSkew, maxTokenSize, clock, rules);
        Function<String, Verification> verifier;
        Supplier<JwtKeyRing> ring;
        Runnable refreshKeys;
        if (keys != null) {
            JwtKeyRing fixed = keys;
            verifier = verifiers.apply(fixed)::verify;
            ring = () -> fixed;
            refreshKeys = () -> { };
        } else {
            JwksFollower follower = new JwksFollower(jwks, new JwksFetch(jwks, jwksTimeout, jwksMaxBytes), verifiers,
                    new JwksFollower.Timing(jwksMinInterval, jwksDefaultCache, jwksTimeout), clock);
            verifier = follower::verify;
            ring = follower::keys;
            refreshKeys = follower::refresh;
        }
        EndedSessionsFeedVerifier signedByTheApplication = new EndedSessionsFeedVerifier(ring, refreshKeys, issuer);
        if (endedSessions != null) {
            EndedSessionsFollower ended = new EndedSessionsFollower(endedSessions, signedByTheApplication,
                    new EndedSessionsFollower.Timing(endedSessionsPollInterval, endedSessionsMaxStaleness, jwksTimeout,
                            clockSkew), EndedSessionsFollower.Limits.DEFAULT, clock);
            verifier = verifier.andThen(ended::screen);
        }
        LogoutTokenReceiver logouts = new LogoutTokenReceiver(signedByTheApplication, issuer, clock, clockSkew,
                SessionJwtReader.MAX_LIFETIME, LOGGED_OUT_SESSIONS);
        return new SessionJwtReader(verifier.andThen(logouts::screen), longNames, logouts);
    }

    private DiscoveryDocument fetchDiscovery() {
        BoundedGet.Result got = BoundedGet.get(discovery, jwksTimeout, jwksMaxBytes);
        if (got instanceof BoundedGet.Failed failed) {
            throw new IllegalStateException("discover(" + discovery + "): " + failed.problem());
        }
        try {
            return DiscoveryDocument.parse(((BoundedGet.Body) got).text());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("discover(" + discovery + "): not a session-jwt discovery document: "
                    + e.getMessage());
        }
    }

    /** Takes what the document says, refusing a setting of this builder that says otherwise. */
    private void adopt(DiscoveryDocument document) {
        URI location = document.jwksLocation(discovery);
        JwksLocation.check(location, plainHttpJwks, "discover");
        issuer = agreed("issuer", issuer, document.issuer());
        audience = agreed("audience", audience, document.audience());
        if (sessionFieldSet && !sessionField.equals(document.sessionField())) {
            throw disagreement("sessionField", sessionField, document.sessionField());
        }
        sessionField = document.sessionField();
        document.claimNames().forEach((shortName, longName) -> {
            String given = longNames.putIfAbsent(shortName, longName);
            if (given != null && !given.equals(longName)) {
                throw disagreement("longNames for " + shortName, given, longName);
            }
        });
        jwks = location;
        Optional<URI> ended = document.endedSessionsLocation(discovery);
        if (ended.isPresent()) {
            JwksLocation.check(ended.get(), plainHttpJwks, "discover");
        }
        if (endedSessions != null && !ended.equals(Optional.of(endedSessions))) {
            throw disagreement("endedSessions", endedSessions.toString(), ended.map(URI::toString).orElse("(none)"));
        }
        endedSessions = ended.orElse(null);
    }

    private Optional<String> agreed(String setting, Optional<String> given, Optional<String> discovered) {
        if (given.isPresent() && !given.equals(discovered)) {
            throw disagreement(setting, given.get(), discovered.orElse("(none)"));
        }
        return discovered;
    }

    private IllegalStateException disagreement(String setting, String given, String discovered) {
        return new IllegalStateException("discover(" + discovery + "): " + setting + " is " + given
                + " here but " + discovered + " in the application's discovery document; give it once");
    }

    private SessionJwtReaderBuilder ring(List<JwtKey> list) {
        List<JwtKey> distinct = new java.util.ArrayList<>();
        for (JwtKey key : list) {
            if (distinct.stream().noneMatch(k -> k.keyId().equals(key.keyId()))) {
                distinct.add(key);
            }
        }
        return keys(new JwtKeyRing(distinct.get(0), distinct.subList(1, distinct.size())));
    }
}
