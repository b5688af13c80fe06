package dev.sessionjwt.internal.token.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.sessionjwt.token.Verification;
import dev.sessionjwt.token.TokenRejection;

/**
 * What a reader does with the back-channel logout tokens the application posts it (OpenID Connect Back-Channel Logout
 * 1.0): {@link #accept} checks one (signed by a key of the reader's ring under {@code typ} {@code logout+jwt}, the
 * reader's issuer, the receiver's own URL in {@code aud}, unexpired, the back-channel logout event, a {@code sid} as
 * the ended-sessions feed names sessions, no {@code nonce}) and remembers its session; {@link #screen} then rejects a
 * token of that session as {@link TokenRejection#SESSION_ENDED}. A reader without an issuer accepts none: it could not
 * tell the application's tokens from anyone else's. At most {@code maxSessions} are remembered, each for the longest
 * token lifetime; a token beyond that is refused, so its sender tries again and the feed tells the rest.
 *
 * <pre>
 * boolean taken = receiver.accept(request.getParameter("logout_token"), "https://orders.example.com/logout");
 * </pre>
 */
public final class LogoutTokenReceiver {

    /** The {@code typ} of a logout token. */
    public static final String TYPE = "logout+jwt";
    /** The event that makes a JWT a back-channel logout token. */
    public static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final EndedSessionsFeedVerifier verifier;
    private final Optional<String> issuer;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration remembered;
    private final int maxSessions;
    private final Map<String, Long> untilByHash = new ConcurrentHashMap<>();

    /**
     * @param verifier    checks the signature with the reader's keys
     * @param issuer      the reader's issuer; without one nothing is accepted
     * @param clock       the time source
     * @param clockSkew   the tolerated clock difference for {@code iat} and {@code exp}
     * @param remembered  how long an ended session is remembered: the longest lifetime of its tokens
     * @param maxSessions the most sessions remembered at once
     */
    public LogoutTokenReceiver(EndedSessionsFeedVerifier verifier, Optional<String> issuer, Clock clock,
                               Duration clockSkew, Duration remembered, int maxSessions) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = clock;
        this.clockSkew = clockSkew;
        this.remembered = remembered;
        this.maxSessions = maxSessions;
    }

    /**
     * Checks a logout token and remembers its session.
     *
     * @param logoutToken the {@code logout_token} posted, may be null
     * @param audience    the receiver's own URL, as configured in the application's
     *                    {@code session-jwt.backchannel-logout.uris}
     * @return empty when it was taken, else why not (never quoting the token)
     */
    public Optional<String> accept(String logoutToken, String audience) {
        if (issuer.isEmpty()) {
            return Optional.of("the reader has no issuer, so it cannot tell the application's logout tokens");
        }
        if (logoutToken == null || logoutToken.length() > 8192) {
            return Optional.of("no logout token, or one longer than 8192 characters");
        }
        Map<String, Object> claims;
        try {
            claims = verifier.verifiedPayload(logoutToken, TYPE);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        long now = clock.instant().getEpochSecond();
        long skew = clockSkew.getSeconds();
        Optional<String> problem = problem(claims, audience, now, skew);
        if (problem.isPresent()) {
            return problem;
        }
        untilByHash.values().removeIf(until -> until < now);
        if (untilByHash.size() >= maxSessions) {
            return Optional.of("the reader already remembers " + maxSessions + " ended sessions");
        }
        untilByHash.merge((String) claims.get("sid"), now + remembered.getSeconds(), Math::max);
        return Optional.empty();
    }

    private Optional<String> problem(Map<String, Object> claims, String audience, long now, long skew) {
        if (!issuer.get().equals(claims.get("iss"))) {
            return Optional.of("iss is not the reader's issuer");
        }
        Object aud = claims.get("aud");
        if (!(audience.equals(aud) || aud instanceof List<?> list && list.contains(audience))) {
            return Optional.of("aud does not name this receiver");
        }
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + skew < now) {
            return Optional.of("no exp, or it has passed");
        }
        if (!(claims.get("iat") instanceof Number iat) || iat.longValue() - skew > now) {
            return Optional.of("no iat, or it is in the future");
        }
        if (!(claims.get("jti") instanceof String jti) || jti.isEmpty()) {
            return Optional.of("no jti");
        }
        if (!(claims.get("events") instanceof Map<?, ?> events) || !(events.get(EVENT) instanceof Map)) {
            return Optional.of("events does not hold " + EVENT);
        }
        if (claims.containsKey("nonce")) {
            return Optional.of("a logout token never carries a nonce");
        }
        if (!(claims.get("sid") instanceof String sid) || !HASH.matcher(sid).matches()) {
            return Optional.of("sid is not a session hash");
        }
        return Optional.empty();
    }

    /**
     * Rejects a verified token whose session a logout token ended; anything else passes unchanged.
     *
     * @param verification a verification, not null
     * @return it, or the rejection
     */
    public Verification screen(Verification verification) {
        if (verification instanceof Verification.Valid valid) {
            Long until = untilByHash.get(EndedSessionsFeed.hash(valid.token().sessionId()));
            if (until != null && until >= clock.instant().getEpochSecond()) {
                return new Verification.Rejected(TokenRejection.SESSION_ENDED,
                        "its session ended (a back-channel logout token said so)");
            }
        }
        return verification;
    }
}
