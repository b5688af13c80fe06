package dev.sessionjwt.it;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassfish.embeddable.Deployer;
import org.glassfish.embeddable.GlassFishException;
import org.glassfish.internal.api.Globals;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Deploys WARs under one fixed name and context root with embedded Payara's own deployer (in the test JVM), so a
 * test can redeploy a new version of an application in place: {@code --force=true}, optionally
 * {@code --keepstate=true} (Payara then serializes the sessions and restores them, creation times included).
 */
final class RedeployingDeployer {

    private final String name;

    RedeployingDeployer(String name) {
        this.name = name;
    }

    /** The application's URL for {@code path}, on 127.0.0.1 and the integration-test HTTP port. */
    URI url(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("it.server.http.port", "18080") + "/" + name + "/" + path);
    }

    /** Deploys (or redeploys over) the application. */
    void deploy(WebArchive war, boolean keepState) throws Exception {
        Path file = Files.createTempDirectory("redeploy").resolve(name + ".war");
        war.as(ZipExporter.class).exportTo(file.toFile(), true);
        try {
            deployer().deploy(file.toUri(), "--name=" + name, "--contextroot=" + name, "--force=true",
                    "--keepstate=" + keepState);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        }
    }

    /** Undeploys the application. */
    void undeploy() throws GlassFishException {
        deployer().undeploy(name);
    }

    private static Deployer deployer() {
        return Globals.getDefaultHabitat().getService(Deployer.class);
    }
}
