package dev.sessionjwt.servlet;

import java.util.concurrent.ConcurrentHashMap;

import dev.sessionjwt.internal.token.TokenMemo;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * A copy, in the library's own memory, of what each live session remembers of its tokens ({@link TokenMemo}, held in
 * the session's claims value {@link SessionAttributes#CLAIMS}), keyed by session id: the fast path of
 * {@link RememberedTokens} on a container whose adapter cannot look at a session without touching it
 * ({@code ContainerAdapter.peeks()} false: an adapter of another server, or Liberty with a persistent session store). Reading it is a map read, so a forged token naming a
 * live session neither keeps that session alive nor locks it.
 *
 * <p>The session listeners keep it: every write of the claims value (the library's, when it issues a token) is copied,
 * its removal, a change of session id and the end of the session drop the entry. Nothing is ever written on the
 * strength of a cookie. It holds at most {@code maxEntries} sessions; beyond that a new session's memory is not copied
 * and its tokens go through full verification and the verified-token cache, as they would without the index. An entry
 * costs a map node beside the memory the session already holds (the same {@link TokenMemo} instance).
 *
 * <pre>
 * SessionMemoIndex index = new SessionMemoIndex(SessionMemoIndex.MAX_ENTRIES);
 * context.addListener(index);                      // kept by the container's session events
 * TokenMemo memo = index.memoOf(candidate.sessionId());
 * </pre>
 */
final class SessionMemoIndex implements HttpSessionAttributeListener, HttpSessionIdListener, HttpSessionListener {

    /** Sessions indexed at most per application (about 40 bytes each beside the session's own memory). */
    static final int MAX_ENTRIES = 1 << 20;

    private final ConcurrentHashMap<String, TokenMemo> memos = new ConcurrentHashMap<>();
    private final int maxEntries;

    /**
     * @param maxEntries the most sessions indexed at once, at least 1
     */
    SessionMemoIndex(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries " + maxEntries);
        }
        this.maxEntries = maxEntries;
    }

    /**
     * What the live session with this id remembers, without touching the session.
     *
     * @param sessionId a session id read from an unverified token, not null
     * @return the memory, or null when the index holds none for that id
     */
    TokenMemo memoOf(String sessionId) {
        return memos.get(sessionId);
    }

    /** The number of sessions indexed. */
    int size() {
        return memos.size();
    }

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        copy(event);
    }

    /** The event carries the replaced value: the new one is read from the session being written. */
    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        copy(event);
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (SessionAttributes.CLAIMS.equals(event.getName())) {
            memos.remove(event.getSession().getId());
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        memos.remove(oldSessionId); // the memory under the new id comes with the token issued for it
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        memos.remove(event.getSession().getId());
    }

    private void copy(HttpSessionBindingEvent event) {
        if (!SessionAttributes.CLAIMS.equals(event.getName())) {
            return;
        }
        HttpSession session = event.getSession();
        String id = session.getId();
        Object value;
        try {
            value = session.getAttribute(SessionAttributes.CLAIMS);
        } catch (IllegalStateException invalidated) {
            memos.remove(id);
            return;
        }
        TokenMemo memo = value instanceof ClaimsSnapshot snapshot ? snapshot.memo() : null;
        if (memo == null || !memo.sessionId().equals(id)) {
            memos.remove(id); // nothing to recognize under this id
        } else if (memos.containsKey(id) || memos.size() < maxEntries) {
            memos.put(id, memo);
        }
    }
}
