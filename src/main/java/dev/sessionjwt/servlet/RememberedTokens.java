package dev.sessionjwt.servlet;

import java.util.Map;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenMemo;
import dev.sessionjwt.internal.token.TokenRecognizer;
import dev.sessionjwt.token.Verification;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The fast path for the cookie of a live session: each session remembers (in its claims,
 * {@link SessionAttributes#CLAIMS}, see {@link ClaimsSnapshot}) a digest of the last two tokens the application
 * issued to it and the key binding they were issued under ({@link dev.sessionjwt.internal.token.KeyBinding}: key thumbprint,
 * issuer, audience), and a cookie that is byte for byte one of them is accepted without a signature check while that
 * binding is still the one in force for the key it names. The cost is the same with a
 * thousand live sessions or a million, and the memory lives in the sessions (and replicates with them).
 *
 * <p>The session is looked at through {@link ContainerAdapter#peek}, which neither touches nor locks it, so a
 * forged token naming a live session id costs a failed comparison and then the full verification it would
 * have cost anyway, never binds, and changes nothing: the memory is written only when a token is issued.
 */
final class RememberedTokens {

    private final TokenRecognizer recognizer;
    private final ContainerAdapter adapter;
    private final TokenCounters counters;
    private final boolean peeks;

    RememberedTokens(TokenRecognizer recognizer, ContainerAdapter adapter, TokenCounters counters) {
        this.recognizer = recognizer;
        this.adapter = adapter;
        this.counters = counters;
        this.peeks = adapter.peeks();
    }

    /**
     * The token, if its session remembers issuing exactly this value.
     *
     * @param request the request, not null
     * @param value   a cookie value, may be null
     * @return the token, or null when only full verification can judge the value
     */
    Verification.Valid recognize(HttpServletRequest request, String value) {
        if (!peeks) {
            return null; // the container cannot look at a session untouched: nothing to compare with
        }
        TokenRecognizer.Candidate candidate = recognizer.read(value);
        if (candidate == null) {
            return null;
        }
        HttpSession session = adapter.peek(request, candidate.sessionId());
        if (session == null) {
            return null;
        }
        TokenMemo memo;
        try {
            memo = memoOf(session);
        } catch (IllegalStateException e) {
            return null; // invalidated meanwhile
        }
        Verification.Valid valid = candidate.recognizedBy(memo);
        if (valid != null) {
            counters.recognized();
        }
        return valid;
    }

    /**
     * Keeps the claims of a token just issued to the session, and remembers the token (and the one before it, if
     * it names the same id), in the session's one attribute.
     *
     * @param session    the session the token was issued to, not null
     * @param token      the token, not null
     * @param longClaims its claims by long name, in token order, not null
     */
    void remember(HttpSession session, SessionToken token, Map<String, Object> longClaims) {
        session.setAttribute(SessionAttributes.CLAIMS,
                ClaimsSnapshot.of(longClaims, TokenMemo.after(memoOf(session), token, recognizer.currentBinding())));
    }

    /** The session's memory; null if it has none (a value of an earlier deployment of the library is another class). */
    private static TokenMemo memoOf(HttpSession session) {
        return session.getAttribute(SessionAttributes.CLAIMS) instanceof ClaimsSnapshot snapshot
                ? snapshot.memo() : null;
    }
}
