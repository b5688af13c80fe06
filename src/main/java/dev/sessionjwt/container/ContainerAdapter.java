package dev.sessionjwt.container;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Makes a servlet container resolve, for one request, exactly the session a verified token names and no
 * other. One implementation per container family; see {@link ContainerAdapters}.
 */
public interface ContainerAdapter {

    /**
     * The version to pass to {@link #bind} when the client holds none: the newest copy of the session this
     * node can find, its own or the replicated one.
     */
    String NEWEST_VERSION = "newest";

    /**
     * Binds the request to a session id. Afterwards the container resolves the session with that id for
     * this request (if it exists) and has forgotten any session it resolved from elsewhere (a
     * {@code ;jsessionid=} in the URL, for example). Call it before anything else resolves the session
     * for the request; it may be called again for the same request.
     *
     * @param request   the request as the container handed it to a listener, not null
     * @param sessionId the session id from a verified token, or null to bind the request to no session
     * @param version   the session version to request from a replicating session manager (see
     *                  {@link #sessionVersion}), {@link #NEWEST_VERSION}, or null on a single node, where
     *                  versions play no part
     * @return the live session now bound, or null when there is none (then no session id is requested
     *         either, so the container never creates a session with that id)
     */
    HttpSession bind(HttpServletRequest request, String sessionId, String version);

    /**
     * The live session with this id that is resident on this node, found without touching it: the session's
     * last-access time and foreground lock, and the session the request resolves, stay exactly as they were,
     * and nothing is loaded from a store or another node. It lets the library read what a session remembers
     * (an attribute) before the request's token is trusted, so that a forged token naming a live session id
     * neither keeps that session alive nor locks it. The request is not bound to the session; call
     * {@link #bind} for that.
     *
     * <p>Null is always a correct answer: it only means the caller must judge the token without the session's
     * help (by verifying its signature). The default answers null.
     *
     * @param request   the request as the container handed it to a listener, not null
     * @param sessionId a session id read from an unverified token, not null
     * @return the resident session, or null when none is resident or the container cannot look without touching
     */
    default HttpSession peek(HttpServletRequest request, String sessionId) {
        return null;
    }

    /**
     * The version a replicating session manager gave the request's session when the request resolved or
     * created it (it changes on every request that touches the session). The client must send it back so
     * that the next node can tell a stale local copy of the session from the current one.
     *
     * @param request the request, not null
     * @return the version, or null when the manager keeps none or the request has no session
     */
    String sessionVersion(HttpServletRequest request);

    /**
     * The version a replicating session manager gives a session it creates, known before it has counted it
     * (session listeners run first), so that even a response committed early carries it.
     *
     * @return the version, or null when the container does not say
     */
    default String newSessionVersion() {
        return null;
    }

    /**
     * The response that belongs to the request, available before any filter runs.
     *
     * @param request the request as the container handed it to a listener, not null
     * @return the response, or null if the container does not expose it
     */
    HttpServletResponse responseOf(HttpServletRequest request);
}
