package dev.sessionjwt.demo;

import java.io.File;

import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.Wars;

/** The demo WAR, shared by {@link DemoServer} and the integration tests: library + demo.app classes + web resources. */
public final class DemoArchive {

    /** The demo's web resources, relative to the project directory (the working directory of failsafe and exec). */
    public static final String WEB_RESOURCES = "src-it/webapp/demo";

    private DemoArchive() {
    }

    /** Builds the demo WAR, named demo.war (context root /demo) with its demo-only configuration from {@link #WEB_RESOURCES}. */
    public static WebArchive create() {
        WebArchive war = Wars.libraryWar("demo").addPackages(true, "dev.sessionjwt.demo.app");
        File resources = new File(WEB_RESOURCES);
        if (resources.isDirectory()) {
            war.merge(ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                    .importDirectory(resources).as(GenericArchive.class));
        }
        return war;
    }
}
