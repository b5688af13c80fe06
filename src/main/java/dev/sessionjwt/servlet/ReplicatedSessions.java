package dev.sessionjwt.servlet;

import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@link SessionReplication} for a distributable web application whose container replicates sessions.
 *
 * <p>The session version travels in a small unsigned cookie beside the token, named after it with
 * {@value #SUFFIX}, as Payara's own {@code JSESSIONIDVERSION} does. It is a freshness hint, not a credential:
 * the token alone decides which session a request reaches. Sent back, it lets a node use its local copy of
 * the session when that copy is current and load the replicated one otherwise, exactly as with Payara's
 * cookie. A session created in the request gets the version the container assigns to new sessions at once,
 * beside its token, so a response committed early carries it too. When the client holds no valid version (a
 * cookie jar that dropped it), the request asks for {@link ContainerAdapter#NEWEST_VERSION}: the newer of the local
 * and replicated copies, where Payara's own cookie would find no session on a node without a local copy.
 *
 * <p>Ids replaced by {@code changeSessionId()} or invalidated in a request are retired cluster-wide, because
 * another node may still hold a stale local copy under the old id. When the cluster store refuses the write, the id
 * is refused on this node at once and written again later ({@link UnrecordedRetirements}).
 */
final class ReplicatedSessions implements SessionReplication {

    /** Appended to the token cookie's name to name the version cookie. */
    static final String SUFFIX = "-version";
    private static final Logger LOG = Logger.getLogger(ReplicatedSessions.class.getName());
    private static final int MAX_DIGITS = 18;

    private final ContainerAdapter adapter;
    private final TokenCookies versions;
    private final RetiredSessionIds retired;
    private final Duration retention;
    private final UnrecordedRetirements unrecorded;

    /**
     * @param adapter   the container adapter, which knows the version the container assigned
     * @param versions  the version cookie's format
     * @param retired   the cluster-wide retired ids
     * @param retention how long an id stays retired: as long as a token naming it can verify
     */
    ReplicatedSessions(ContainerAdapter adapter, TokenCookies versions, RetiredSessionIds retired,
                       Duration retention) {
        this.adapter = adapter;
        this.versions = versions;
        this.retired = retired;
        this.retention = retention;
        this.unrecorded = new UnrecordedRetirements(retired, retention);
    }

    @Override
    public String requestedVersion(HttpServletRequest request) {
        List<String> values = versions.valuesIn(request);
        for (String value : values) {
            if (isVersion(value)) {
                return value;
            }
        }
        return ContainerAdapter.NEWEST_VERSION;
    }

    @Override
    public boolean admits(String sessionId) {
        unrecorded.retry();
        return !unrecorded.contains(sessionId) && !retired.isRetired(sessionId);
    }

    @Override
    public void bound(RequestState state) {
        String version = adapter.sessionVersion(state.request());
        if (version != null) {
            put(state, versions.tokenHeader(version, state.request().isSecure()));
        }
    }

    @Override
    public void sessionCreated(RequestState state) {
        String version = adapter.newSessionVersion();
        if (version != null) {
            put(state, versions.tokenHeader(version, state.request().isSecure()));
        } else {
            withdraw(state);
        }
    }

    @Override
    public boolean retire(String sessionId) {
        try {
            retired.retire(sessionId, retention);
            return true;
        } catch (RuntimeException e) {
            Message.RETIRE_FAILED.log(LOG, e);
            unrecorded.add(sessionId);
            return false;
        }
    }

    @Override
    public void deleted(RequestState state) {
        withdraw(state);
    }

    @Override
    public void flush(RequestState state) {
        HttpServletResponse response = state.response();
        if (response == null || response.isCommitted()) {
            return;
        }
        HttpSession session = state.sessionId() == null ? null : state.request().getSession(false);
        String version = session != null && session.getId().equals(state.sessionId())
                ? adapter.sessionVersion(state.request()) : null;
        if (version != null) {
            String header = versions.tokenHeader(version, state.request().isSecure());
            if (!header.equals(state.versionHeader()) || !versions.isIn(response)) {
                put(state, header);
            }
        } else if (state.versionHeader() != null && !versions.isIn(response)) {
            versions.put(response, state.versionHeader());
        }
    }

    /** Deletes the client's version cookie, if it holds one or this response set one. */
    private void withdraw(RequestState state) {
        if (state.versionHeader() != null || !versions.valuesIn(state.request()).isEmpty()) {
            put(state, versions.deletionHeader(state.request().isSecure()));
        }
    }

    private void put(RequestState state, String header) {
        state.setVersionHeader(header);
        HttpServletResponse response = state.response();
        if (response != null && !response.isCommitted()) {
            versions.put(response, header);
        }
    }

    /** A version as Catalina writes it: a non-negative decimal long, short enough never to overflow. */
    static boolean isVersion(String value) {
        if (value.isEmpty() || value.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
