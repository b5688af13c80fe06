package dev.sessionjwt.it.tomcat;

import java.util.logging.Level;

import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;

import dev.sessionjwt.it.LogCapture;

/**
 * Arquillian observer on Tomcat: a managed deployment that failed to start throws with Tomcat's SEVERE messages (so a
 * broken test WAR never looks deployed); a {@code Deployer.deploy} of one meant to fail stays silent and the test reads
 * the log, as on the other embedded servers.
 */
public final class TomcatDeploymentGuard {

    private LogCapture log;

    /** Starts capturing the log. */
    public void before(@Observes BeforeDeploy event) {
        log = LogCapture.start();
    }

    /** Throws when a managed deployment did not start. */
    public void after(@Observes AfterDeploy event) throws DeploymentException {
        LogCapture captured = log;
        log = null;
        if (captured != null) {
            captured.stop();
        }
        String name = event.getDeployment().getArchive().getName();
        if (event.getDeployment().managed() && LoopbackTomcatContainer.failed(name)) {
            throw new DeploymentException("Deployment " + name + " failed in tomcat:\n  " + (captured == null
                    ? "(no log captured)" : String.join("\n  ", captured.messages(Level.SEVERE))));
        }
    }
}
