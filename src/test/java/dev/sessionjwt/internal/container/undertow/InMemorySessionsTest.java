package dev.sessionjwt.internal.container.undertow;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.wildfly.extension.undertow.deployment.ControlPointDeploymentInfoConfigurator.CompletableSessionManagerFactory;

import io.undertow.servlet.api.SessionManagerFactory;
import io.undertow.servlet.core.InMemorySessionManagerFactory;

/**
 * The Undertow adapter looks at sessions untouched only where they are Undertow's in-memory ones: its own factory,
 * or that factory inside WildFly Preview 39's suspend wrapper; never behind a factory it does not know.
 */
class InMemorySessionsTest {

    private static final SessionManagerFactory OTHER = deployment -> null;

    @Test
    void undertowsInMemoryFactoryIsInMemory() {
        assertThat(InMemorySessions.isInMemory(new InMemorySessionManagerFactory()), is(true));
    }

    @Test
    void wildFlysSuspendWrapperAroundTheInMemoryFactoryIsInMemory() {
        assertThat(InMemorySessions.WILDFLY_SUSPEND_WRAPPER, is(CompletableSessionManagerFactory.class.getName()));
        assertThat(InMemorySessions.isInMemory(
                new CompletableSessionManagerFactory(new InMemorySessionManagerFactory())), is(true));
    }

    @Test
    void anyOtherFactoryOrNoneIsNotTrusted() {
        assertThat(InMemorySessions.isInMemory(OTHER), is(false));
        assertThat(InMemorySessions.isInMemory(new CompletableSessionManagerFactory(OTHER)), is(false));
        assertThat(InMemorySessions.isInMemory(null), is(false));
    }
}
