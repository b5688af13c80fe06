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
 * <p>The memory is read without touching the session: through {@link ContainerAdapter#peek} where the container
 * allows it (every built-in adapter for an application that is not distributable: Payara, GlassFish, Tomcat, and
 * WildFly and Open Liberty through their in-memory session stores), else from the library's copy of it,
 * {@link SessionMemoIndex}. So a forged token naming a live session id costs a
 * failed comparison and then the full verification it would have cost anyway, never binds, and changes nothing: the
 * memory is written only when a token is issued.
 */
final class RememberedTokens {

    private final TokenRecognizer recognizer;
    private final ContainerAdapter adapter;
    private final TokenCounters counters;
    private final boolean peeks;
    private final SessionMemoIndex index;

    /**
     * @param index the copy of the sessions' memory where the adapter cannot peek, or null (then only a peeking
     *              adapter gives the fast path)
     */
    RememberedTokens(TokenRecognizer recognizer, ContainerAdapter adapter, SessionMemoIndex index,
                     TokenCounters counters) {
        this.recognizer = recognizer;
        this.adapter = adapter;
        this.counters = counters;
        this.peeks = adapter.peeks();
        this.index = peeks ? null : index;
    }

    /**
     * The token, if its session remembers issuing exactly this value.
     *
     * @param request the request, not null
     * @param value   a cookie value, may be null
     * @return the token, or null when only full verification can judge the value
     */
    Verification.Valid recognize(HttpServletRequest request, String value) {
        if (!peeks && index == null) {
            return null; // nowhere to read a session's memory untouched: nothing to compare with
        }
        TokenRecognizer.Candidate candidate = recognizer.read(value);
        if (candidate == null) {
            return null;
        }
        TokenMemo memo = peeks ? peekedMemo(request, candidate.sessionId()) : index.memoOf(candidate.sessionId());
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

    /** The memory of the resident session with this id, looked at through the adapter; null if none. */
    private TokenMemo peekedMemo(HttpServletRequest request, String sessionId) {
        HttpSession session = adapter.peek(request, sessionId);
        if (session == null) {
            return null;
        }
        try {
            return memoOf(session);
        } catch (IllegalStateException e) {
            return null; // invalidated meanwhile
        }
    }

    /** The session's memory; null if it has none (a value of an earlier deployment of the library is another class). */
    private static TokenMemo memoOf(HttpSession session) {
        return session.getAttribute(SessionAttributes.CLAIMS) instanceof ClaimsSnapshot snapshot
                ? snapshot.memo() : null;
    }
}
