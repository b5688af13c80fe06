package dev.sessionjwt.internal.container.undertow;

import java.lang.reflect.Field;

import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionManagerFactory;
import io.undertow.servlet.core.InMemorySessionManagerFactory;

/**
 * Whether a deployment's sessions live in Undertow's {@code InMemorySessionManager}, read from its session manager
 * factory at deployment: {@link InMemorySessionManagerFactory} itself (WildFly 37 for every application that is not
 * {@code <distributable/>}), or that factory inside WildFly's suspend wrapper,
 * {@value #WILDFLY_SUSPEND_WRAPPER} (WildFly Preview 39), whose session manager and sessions hand
 * {@code getSession(String)} and {@code getAttribute} straight to the wrapped ones (read in its bytecode). Any other
 * factory is not trusted to look at a session without touching it.
 */
final class InMemorySessions {

    static final String WILDFLY_SUSPEND_WRAPPER =
            "org.wildfly.extension.undertow.deployment.ControlPointDeploymentInfoConfigurator$CompletableSessionManagerFactory";
    static final String WRAPPED_FIELD = "factory";

    private InMemorySessions() {
    }

    /** @return true when the deployment's sessions are Undertow's in-memory ones */
    static boolean in(DeploymentInfo info) {
        return isInMemory(info.getSessionManagerFactory());
    }

    static boolean isInMemory(SessionManagerFactory factory) {
        if (factory instanceof InMemorySessionManagerFactory) {
            return true;
        }
        if (factory == null || !WILDFLY_SUSPEND_WRAPPER.equals(factory.getClass().getName())) {
            return false;
        }
        try {
            Field wrapped = factory.getClass().getDeclaredField(WRAPPED_FIELD);
            wrapped.setAccessible(true);
            return wrapped.get(factory) instanceof InMemorySessionManagerFactory;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
