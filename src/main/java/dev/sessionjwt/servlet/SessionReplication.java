package dev.sessionjwt.servlet;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What replicated sessions add to the life of a request: the session version that travels with the token,
 * and the session ids that must no longer reach a session on any node. On a single node it does nothing
 * ({@link #NONE}): no extra cookie, no extra lookup.
 */
interface SessionReplication {

    /** A single node or a web application that is not distributable. */
    SessionReplication NONE = new SessionReplication() {
    };

    /** The session version to request from the container for this request, or null on a single node. */
    default String requestedVersion(HttpServletRequest request) {
        return null;
    }

    /** Whether a verified token's session id may reach a session (it was not replaced or invalidated). */
    default boolean admits(String sessionId) {
        return true;
    }

    /** After the request was bound to an existing session: sends the version the container just gave it. */
    default void bound(RequestState state) {
    }

    /** A session was created in this request: its version is not known until the container has counted it. */
    default void sessionCreated(RequestState state) {
    }

    /**
     * The session's id was replaced, or the session invalidated: its old id must reach nothing from now on.
     *
     * @return false if the cluster-wide record could not be written (the id is then refused on this node and the
     *         write retried; the caller must not leave anything new reachable through the old id)
     */
    default boolean retire(String sessionId) {
        return true;
    }

    /** The token cookie is being deleted: so is anything that travels with it. */
    default void deleted(RequestState state) {
    }

    /** At the end of the request: the session's final version, unless the response is already committed. */
    default void flush(RequestState state) {
    }
}
