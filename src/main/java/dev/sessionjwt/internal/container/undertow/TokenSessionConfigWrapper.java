package dev.sessionjwt.internal.container.undertow;

import io.undertow.server.session.SessionConfig;
import io.undertow.servlet.api.Deployment;
import io.undertow.servlet.api.SessionConfigWrapper;

/**
 * Puts a {@link TokenSessionConfig} around the deployment's session configuration, after the wrapper the container
 * installed itself (WildFly's route codec), which still wraps first. Undertow calls it once, when the servlet context
 * is initialized; {@link #isApplied()} then says the deployment runs on the token.
 */
final class TokenSessionConfigWrapper implements SessionConfigWrapper {

    private final SessionConfigWrapper container;
    private volatile boolean applied;

    /**
     * @param container the wrapper the container had installed, or null if none
     */
    TokenSessionConfigWrapper(SessionConfigWrapper container) {
        this.container = container;
    }

    @Override
    public SessionConfig wrap(SessionConfig sessionConfig, Deployment deployment) {
        SessionConfig inner = container == null ? sessionConfig : container.wrap(sessionConfig, deployment);
        applied = true;
        return new TokenSessionConfig(inner);
    }

    /** Whether Undertow has built the deployment's session configuration through this wrapper. */
    boolean isApplied() {
        return applied;
    }

    /** The container's own wrapper, or null. */
    SessionConfigWrapper container() {
        return container;
    }
}
