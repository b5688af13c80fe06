package org.wildfly.extension.undertow.deployment;

import io.undertow.server.session.SessionManager;
import io.undertow.servlet.api.Deployment;
import io.undertow.servlet.api.SessionManagerFactory;

/** A stand-in with the name and the field of WildFly Preview 39's suspend wrapper, for the adapter's unit test. */
public final class ControlPointDeploymentInfoConfigurator {

    private ControlPointDeploymentInfoConfigurator() {
    }

    /** Like WildFly's: the wrapped factory in a private final field named {@code factory}. */
    public static final class CompletableSessionManagerFactory implements SessionManagerFactory {

        private final SessionManagerFactory factory;

        public CompletableSessionManagerFactory(SessionManagerFactory factory) {
            this.factory = factory;
        }

        @Override
        public SessionManager createSessionManager(Deployment deployment) {
            return factory.createSessionManager(deployment);
        }
    }
}
