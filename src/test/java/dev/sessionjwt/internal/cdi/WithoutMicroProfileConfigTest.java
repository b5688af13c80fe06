package dev.sessionjwt.internal.cdi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.internal.config.MicroProfileConfig;
import dev.sessionjwt.internal.message.Message;

/**
 * Without MicroProfile Config (Tomcat with only Weld in the WAR), the library fails the deployment with
 * {@code SJWT0025}, naming what to add, rather than a bare {@code NoClassDefFoundError}: whether the API is missing
 * or only an implementation, and in the CDI extension as in the servlet initializer (both read the settings).
 */
class WithoutMicroProfileConfigTest {

    @Test
    void noImplementationFailsWithWhatToAdd() throws Exception {
        assertThat(failureOf("io.smallrye.config."), startsWith(Message.NO_MICROPROFILE_CONFIG.id() + ": session-jwt reads"));
        assertThat(failureOf("io.smallrye.config."), containsString("io.smallrye.config:smallrye-config:3.9.1"));
    }

    @Test
    void noApiAtAllFailsWithWhatToAdd() throws Exception {
        String message = failureOf("org.eclipse.microprofile.config.");

        assertThat(message, startsWith(Message.NO_MICROPROFILE_CONFIG.id() + ": session-jwt reads"));
        assertThat(message, containsString("org.eclipse.microprofile.config:microprofile-config-api:3.1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.smallrye.config.", "org.eclipse.microprofile.config."})
    void weldDeploymentFailsWithTheSameMessage(String hidden) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (HidingClassLoader hiding = new HidingClassLoader(hidden)) {
            thread.setContextClassLoader(hiding);
            Class<?> weldType = hiding.loadClass("org.jboss.weld.environment.se.Weld");
            Object weld = weldType.getConstructor().newInstance();
            weldType.getMethod("disableDiscovery").invoke(weld);
            weldType.getMethod("addBeanClass", Class.class).invoke(weld,
                    hiding.loadClass(SyntheticArchiveMarker.class.getName()));
            weldType.getMethod("addExtension", hiding.loadClass("jakarta.enterprise.inject.spi.Extension")).invoke(weld,
                    hiding.loadClass(SessionJwtExtension.class.getName()).getConstructor().newInstance());
            InvocationTargetException failed = assertThrows(InvocationTargetException.class,
                    () -> weldType.getMethod("initialize").invoke(weld));
            assertThat(failed.getCause().getMessage(), containsString(Message.NO_MICROPROFILE_CONFIG.id()
                    + ": session-jwt reads its settings through MicroProfile Config, and this application has no"
                    + " implementation of it."));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The message of {@link MicroProfileConfig#of} in a class loader that hides the given package prefix. */
    private static String failureOf(String hidden) throws Exception {
        try (HidingClassLoader hiding = new HidingClassLoader(hidden)) {
            Class<?> check = Class.forName(MicroProfileConfig.class.getName(), true, hiding);
            // a method handle, not getMethod: reflection would resolve every signature of the class, of() included
            MethodHandle require = MethodHandles.publicLookup().findStatic(check, "requireImplementation",
                    MethodType.methodType(void.class));
            IllegalStateException failed = assertThrows(IllegalStateException.class, require::invoke);
            return failed.getMessage();
        }
    }
}
