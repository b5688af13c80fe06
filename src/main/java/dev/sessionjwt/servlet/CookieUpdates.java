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
 *
 * <p>At most one signature per response where the library sees the commit coming: while the request
 * {@link RequestState#defers() defers}, a token decided for a session (a new session, a new id, a new caller) is
 * only owed, and signed at the next commit point ({@link #commitPoint}); a later decision in the same request
 * replaces it, and a deletion (the session ended) cancels it. Elsewhere the token is signed at once, as the response
 * may commit where the library cannot see it.
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

    /**
     * Gives the session a new token with fresh claims in this response: owed until the next commit point while the
     * request defers (the claims as they are now, signed for the session's id as it is then), otherwise signed and put
     * into the response at once.
     */
    void issue(RequestState state, HttpSession session) {
        HttpServletRequest request = state.request();
        Map<String, Object> extra = claims.claims(request);
        String caller = Caller.nameOf(request);
        if (state.defers()) {
            // the caller the owed token will name, so that a caller check before the commit point sees no change
            session.setAttribute(SessionAttributes.CALLER, caller);
            state.owe(new RequestState.OwedToken(session, extra, caller));
            return;
        }
        sign(state, session, extra, caller);
    }

    /**
     * A point before which the response may commit where the library does not see it: the request stops deferring
     * and the token owed, if any, is signed and put into the response. A failure to sign is logged, never turned into
     * an error response.
     */
    void commitPoint(RequestState state) {
        state.setDeferring(false);
        signOwed(state);
    }

    /** Signs the token owed to the session, if any, and puts it into the response; the request goes on deferring. */
    void signOwed(RequestState state) {
        RequestState.OwedToken owed = state.takeOwed();
        if (owed == null) {
            return;
        }
        try {
            sign(state, owed.session(), owed.claims(), owed.caller());
        } catch (RuntimeException e) {
            Message.NEW_SESSION_TOKEN_FAILED.log(LOG, e);
        }
    }

    /** Signs a token with the given claims for the session's current id and puts it into the response. */
    private void sign(RequestState state, HttpSession session, Map<String, Object> extra, String caller) {
        HttpServletRequest request = state.request();
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
        session.setAttribute(SessionAttributes.CALLER, caller);
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
