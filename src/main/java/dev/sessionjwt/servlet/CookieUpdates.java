package dev.sessionjwt.servlet;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import dev.sessionjwt.claims.Caller;
import dev.sessionjwt.internal.claims.ClaimNames;
import dev.sessionjwt.internal.claims.assembly.ClaimsAssembler;
import dev.sessionjwt.internal.message.Message;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenIssuer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Decides the token cookie of a response: issues a token for a session, deletes the cookie, and writes
 * the decision into the response at once when it can, or later when the response becomes known.
 */
final class CookieUpdates {

    private static final Logger LOG = Logger.getLogger(CookieUpdates.class.getName());

    /** Largest Set-Cookie header browsers keep (RFC 6265 section 6.1). */
    static final int MAX_SET_COOKIE = 4096;

    private final TokenIssuer issuer;
    private final RememberedTokens remembered;
    private final TokenCookies cookies;
    private final ClaimsAssembler claims;
    private final TokenCounters counters;
    private final int maxTokenSize;
    private final boolean rotateOnLogin;

    /**
     * @param maxTokenSize  the largest token the verifier reads ({@code session-jwt.max-token-size}): a larger
     *                      one would be refused on the next request, so it is never issued
     * @param rotateOnLogin whether a change of caller changes the session id first
     */
    CookieUpdates(TokenIssuer issuer, RememberedTokens remembered, TokenCookies cookies, ClaimsAssembler claims,
                  TokenCounters counters, int maxTokenSize, boolean rotateOnLogin) {
        this.issuer = issuer;
        this.remembered = remembered;
        this.cookies = cookies;
        this.claims = claims;
        this.counters = counters;
        this.maxTokenSize = maxTokenSize;
        this.rotateOnLogin = rotateOnLogin;
    }

    /** The claims assembler, for long names. */
    ClaimsAssembler claims() {
        return claims;
    }

    /** Signs a token with fresh claims for the session and puts it into the response. */
    void issue(RequestState state, HttpSession session) {
        HttpServletRequest request = state.request();
        Map<String, Object> extra = claims.claims(request);
        SessionToken token = issuer.issue(session.getId(), extra);
        String header = cookies.tokenHeader(token.compact(), request.isSecure());
        if (header.length() > MAX_SET_COOKIE || token.compact().length() > maxTokenSize) {
            Message.TOKEN_TOO_LARGE.log(LOG, header.length(), MAX_SET_COOKIE, maxTokenSize, largest(extra));
            Map<String, Object> core = new LinkedHashMap<>();
            if (extra.containsKey(ClaimNames.SUBJECT)) {
                core.put(ClaimNames.SUBJECT, extra.get(ClaimNames.SUBJECT));
            }
            token = issuer.issue(session.getId(), core);
            header = cookies.tokenHeader(token.compact(), request.isSecure());
        }
        counters.issued();
        remembered.remember(session, token, claims.toLongForm(token.claims()));
        TokenIssuedMark.set(session);
        state.bindTo(session.getId(), token);
        session.setAttribute(SessionAttributes.CALLER, Caller.nameOf(request));
        put(state, header);
    }

    /**
     * Issues a new token when the caller changed since the session's token was issued (a login, a switch
     * of user, or {@code loggedOut}), rotating the session id first unless configured otherwise. A failure
     * to issue is logged, never turned into an error response.
     */
    void onCallerChange(RequestState state, boolean loggedOut) {
        HttpServletRequest request = state.request();
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Object tokenCaller = session.getAttribute(SessionAttributes.CALLER);
        String caller = Caller.nameOf(request);
        boolean changed = loggedOut ? tokenCaller != null : caller != null && !caller.equals(tokenCaller);
        if (!changed) {
            return;
        }
        if (rotateOnLogin && (state.response() == null || !state.response().isCommitted())) {
            request.changeSessionId();
            return;
        }
        try {
            issue(state, session);
        } catch (RuntimeException e) {
            Message.NEW_CALLER_TOKEN_FAILED.log(LOG, e);
        }
    }

    private static String largest(Map<String, Object> claims) {
        return claims.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Object> e) -> String.valueOf(e.getValue()).length())
                        .reversed())
                .limit(3)
                .map(e -> e.getKey() + " (" + String.valueOf(e.getValue()).length() + " characters)")
                .collect(Collectors.joining(", "));
    }

    /** Puts a deletion of the token cookie into the response. */
    void delete(RequestState state) {
        state.unbind();
        put(state, cookies.deletionHeader(state.request().isSecure()));
    }

    /**
     * Writes the decided header if the response does not carry it (it was not known before, or it was
     * reset) and can still take it.
     */
    void flush(RequestState state) {
        HttpServletResponse response = state.response();
        String header = state.pendingHeader();
        if (header != null && response != null && !response.isCommitted() && !cookies.isIn(response)) {
            cookies.put(response, header);
        }
    }

    private void put(RequestState state, String header) {
        state.setPendingHeader(header);
        HttpServletResponse response = state.response();
        if (response == null) {
            return;
        }
        if (response.isCommitted()) {
            Message.RESPONSE_COMMITTED.log(LOG, state.request().getRequestURI());
            return;
        }
        cookies.put(response, header);
    }
}
