package dev.sessionjwt.it;

import java.util.List;
import java.util.logging.Level;

import org.glassfish.api.invocation.InvocationManager;
import org.glassfish.internal.api.Globals;
import org.glassfish.internal.data.ApplicationRegistry;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian extension: failed managed deployments throw, and state a failed deployment leaks in the server is reset.
 * Active only for a server embedded in the test JVM (a managed server, such as WildFly, reports failures itself).
 */
public final class DeploymentGuard implements LoadableExtension {

    /*
     * Payara's embedded Deployer returns instead of throwing when a deployment fails, so without this a broken WAR
     * looks deployed. A failed managed @Deployment now throws a DeploymentException carrying the server's SEVERE
     * messages (so @ShouldThrowException(DeploymentException.class) works). A failed Deployer.deploy(name) of a
     * managed = false deployment stays silent: tests that deploy on purpose inspect the log with LogCapture and
     * expect a 404. A deployment that fails while starting also leaves its web component invocation on the
     * deploying thread, and the next deployment on that thread then reads the failed application's MicroProfile
     * Config (its own microprofile-config.properties looks absent): that invocation is removed around every deploy.
     */

    @Override
    public void register(ExtensionBuilder builder) {
        // Payara and GlassFish only: Tomcat's container reports failures itself (dev.sessionjwt.it.tomcat)
        ServerUnderTest server = ServerUnderTest.current();
        if (server == ServerUnderTest.PAYARA || server == ServerUnderTest.GLASSFISH) {
            builder.observer(Observer.class);
        }
    }

    /** Arquillian observer around each deployment. */
    public static final class Observer {

        private LogCapture log;

        /** Starts capturing the server log and clears invocations leaked by an earlier failure. */
        public void before(@Observes BeforeDeploy event) {
            clearLeakedInvocations();
            log = LogCapture.start();
        }

        /** Clears leaked invocations; throws when a managed deployment was not registered by the server. */
        public void after(@Observes AfterDeploy event) throws DeploymentException {
            LogCapture captured = log;
            log = null;
            if (captured != null) {
                captured.stop();
            }
            clearLeakedInvocations();
            String name = deploymentName(event.getDeployment().getArchive().getName());
            ApplicationRegistry registry = Globals.getDefaultHabitat().getService(ApplicationRegistry.class);
            if (event.getDeployment().managed() && registry != null && registry.get(name) == null) {
                throw new DeploymentException("Deployment " + name + " failed in "
                        + ServerUnderTest.current().id() + ":\n  "
                        + String.join("\n  ", severeMessages(captured)));
            }
        }

        private static List<String> severeMessages(LogCapture captured) {
            if (captured == null) {
                return List.of("(no log captured)");
            }
            return captured.messages(Level.SEVERE);
        }

        private static void clearLeakedInvocations() {
            InvocationManager invocations = Globals.getDefaultHabitat().getService(InvocationManager.class);
            while (invocations != null && invocations.getCurrentInvocation() != null) {
                invocations.postInvoke(invocations.getCurrentInvocation());
            }
        }

        /** The name the Payara Arquillian container deploys under: the archive name without its extension. */
        private static String deploymentName(String archiveName) {
            String name = archiveName.startsWith("/") ? archiveName.substring(1) : archiveName;
            int dot = name.lastIndexOf('.');
            return dot < 0 ? name : name.substring(0, dot);
        }
    }
}
