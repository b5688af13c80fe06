package dev.sessionjwt.container;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Service-provider interface: makes one servlet container resolve, for one request, exactly the session a
 * verified token names and no other, and answers the few questions the Servlet API leaves to the container.
 * One implementation per container family, each in its own sub-package of {@code dev.sessionjwt.container}
 * (the only code that names that container's classes), created by a {@link ContainerAdapterProvider}.
 *
 * <p>An instance serves one web application and is called concurrently by request threads. Per request the
 * library calls, on the thread of the request listener, before authentication: {@link #responseOf}, then
 * {@link #bind} once per token cookie it tries (and with a null id when none names a live session), then
 * {@link #refreshSessionCaches} once. If any of these throws, it calls {@link #detach}; if that throws too,
 * the library answers the request itself without running the application (see src/site/markdown/security.md, "Fail closed").
 *
 * <p>Only {@link #bind}, {@link #detach} and {@link #responseOf} must be implemented; the defaults fit a
 * container without replicated sessions, without non-standard caller principals and with a complete
 * {@code SessionCookieConfig}.
 *
 * @since 1.0
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
     * {@code ;jsessionid=} in the URL, its own cookie, an earlier call). It must never create a session. Call
     * it before anything else resolves the session for the request; it may be called again for the same request.
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
     * Whether {@link #peek} can ever find a session. When it cannot (the default), the library skips the fast path
     * for a session's own token altogether, rather than decoding every cookie for a look that always comes back
     * empty; every token is then verified in full (behind the verified-token cache).
     *
     * @return true only if {@link #peek} is implemented
     */
    default boolean peeks() {
        return false;
    }

    /**
     * Fail-closed fallback after {@link #bind} or {@link #refreshSessionCaches} threw: makes the request
     * reach no session at all, with the least work the container allows (no lookup, no locking), so that it
     * has the best chance to succeed where binding failed. A later {@code getSession(true)} may create a new
     * session. The library calls it at most once per request.
     *
     * @param request the request as the container handed it to a listener, not null
     * @throws RuntimeException if the container's state cannot be cleared; the library then refuses the request
     */
    void detach(HttpServletRequest request);

    /**
     * Makes per-request caches outside the container see the session the request is now bound to, such as
     * Weld's session holder, which Weld's own request listener filled before the library's ran (see
     * {@code WeldSessionRefresh}). Called once per request, after the last {@link #bind}.
     *
     * @param request the bound request, not null
     */
    default void refreshSessionCaches(HttpServletRequest request) {
    }

    /**
     * The response that belongs to the request, available before any filter runs.
     *
     * @param request the request as the container handed it to a listener, not null
     * @return the response, or null if the container does not expose it (the library then takes the
     *         response its filter sees, and cannot write a cookie before the filter runs)
     */
    HttpServletResponse responseOf(HttpServletRequest request);

    /**
     * The version a replicating session manager gave the request's session when the request resolved or
     * created it (it changes on every request that touches the session). The client must send it back so
     * that the next node can tell a stale local copy of the session from the current one.
     *
     * @param request the request, not null
     * @return the version, or null when the manager keeps none or the request has no session (the default)
     */
    default String sessionVersion(HttpServletRequest request) {
        return null;
    }

    /**
     * The version a replicating session manager gives a session it creates, known before it has counted it
     * (session listeners run first), so that even a response committed early carries it.
     *
     * @return the version, or null when the container does not say (the default)
     */
    default String newSessionVersion() {
        return null;
    }

    /**
     * For a {@code <distributable/>} application: the cluster-wide record of replaced and invalidated session
     * ids, which every node refuses. Called once, at deployment.
     *
     * @param clusterStore the configured name of the container's cluster store
     *                     ({@code session-jwt.cluster.hazelcast-jndi}), not null
     * @return the record
     * @throws IllegalStateException saying what is missing; the deployment then fails with {@code SJWT0011}.
     *                               The default throws: replicated sessions are supported only where an
     *                               adapter says how
     */
    default RetiredSessionIds retiredSessionIds(String clusterStore) {
        throw new IllegalStateException("session-jwt does not support replicated sessions on this server");
    }

    /**
     * For a {@code <distributable/>} application: a map of strings that every node sees, in the container's own
     * engine, one per application and {@code name}. The library keeps the ended-sessions feed in one
     * ({@code name} {@code "ended-sessions"}). Called once per name, at deployment.
     *
     * @param clusterStore the configured name of the container's cluster store
     *                     ({@code session-jwt.cluster.hazelcast-jndi}), not null
     * @param name         what the map is for, not null
     * @return the map
     * @throws IllegalStateException saying what is missing; the deployment then fails with {@code SJWT0011}.
     *                               The default throws, naming the setting that switches the feed off
     */
    default ClusterStrings clusterStrings(String clusterStore, String name) {
        throw new IllegalStateException("the server's adapter keeps no cluster-wide map (ContainerAdapter"
                + ".clusterStrings) for the " + name + " of a distributable application; switch the ended-sessions feed"
                + " off with an empty session-jwt.ended-sessions.path");
    }

    /**
     * Session-cookie attributes the application declared ({@code <cookie-config><attribute>} in web.xml) that
     * the container's {@code SessionCookieConfig} may fail to report; the library uses them only where the
     * container reports no value.
     *
     * @return the attributes by name; empty by default (the container reports them all)
     */
    default Map<String, String> declaredCookieAttributes() {
        return Map.of();
    }

    /**
     * How this container represents the caller's groups and the application's own principal.
     *
     * @return the reader; {@link CallerPrincipals#STANDARD} by default
     */
    default CallerPrincipals callerPrincipals() {
        return CallerPrincipals.STANDARD;
    }

    /**
     * Whether the container keeps the caller of a Jakarta Security {@code @AutoApplySession} login in the HTTP session
     * itself (Payara, GlassFish, WildFly). Where it does not (Open Liberty keeps it in its own single-sign-on cookie),
     * the library's authentication mechanism keeps a copy of the caller in the session; elsewhere it writes nothing, so
     * a login creates or rotates the session no more often than the container and the library already do.
     *
     * @return true by default
     */
    default boolean keepsCallerInSession() {
        return true;
    }
}
