package dev.sessionjwt.demo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.shrinkwrap.api.GenericArchive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ExplodedImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.demo.reader.ReaderServlet;
import dev.sessionjwt.demo.view.Html;
import dev.sessionjwt.it.Wars;

/**
 * The demo WARs, shared by {@link DemoServer}, {@link DemoCluster} and the tests: the demo (library + demo.app
 * classes + web resources), its distributable variant for Payara Micro, and the federated reader.
 */
public final class DemoArchive {

    /**
     * The demo's web resources (they belong to the project src-it/demo), relative to the directory of any project
     * beside it under src-it: the working directory of failsafe and exec.
     */
    public static final String WEB_RESOURCES = "../demo/webapp";

    /** The demo's signing key (demo-only), under {@link #WEB_RESOURCES}. */
    public static final String PRIVATE_KEY = "WEB-INF/classes/demo-only-es256-private-key.pem";

    private DemoArchive() {
    }

    /** Builds the demo WAR, named demo.war (context root /demo) with its demo-only configuration from {@link #WEB_RESOURCES}. */
    public static WebArchive create() {
        return withResources(Wars.libraryWar("demo"));
    }

    /**
     * The demo for Payara Micro nodes: demo.war with {@code <distributable/>} added to its web.xml, and the server's
     * default parent-first class loading (no glassfish-web.xml), as a clustered user application is deployed.
     */
    public static WebArchive distributable() {
        WebArchive war = Wars.withLibrary(ShrinkWrap.create(WebArchive.class, "demo.war"))
                .addPackages(true, "dev.sessionjwt.demo.app").addPackage(Html.class.getPackage());
        war.merge(resources(), "/", path -> !path.get().equals("/WEB-INF/web.xml"));
        String webXml = read(Path.of(WEB_RESOURCES, "WEB-INF/web.xml"))
                .replace("</web-app>", "    <distributable/>\n</web-app>");
        return war.setWebXML(new StringAsset(webXml));
    }

    /**
     * The demo's classes and signing key in a WAR of another name, with the given web.xml and configuration (for
     * variants: another cookie name, a short token lifetime).
     *
     * @param name   the WAR's name and context root
     * @param webXml the whole web.xml
     * @param config the whole microprofile-config.properties; it should keep
     *               {@code session-jwt.key=classpath:demo-only-es256-private-key.pem}
     */
    public static WebArchive variant(String name, String webXml, String config) {
        WebArchive war = Wars.libraryWar(name).addPackages(true, "dev.sessionjwt.demo.app")
                .addPackage(Html.class.getPackage())
                .addAsResource(new File(WEB_RESOURCES, PRIVATE_KEY), "demo-only-es256-private-key.pem")
                .setWebXML(new StringAsset(webXml));
        return Wars.withConfig(war, config);
    }

    /**
     * The federated reader, reader.war (context root /reader): no session, no session-jwt, only jose4j, which reads
     * the demo's cookie with the demo's published JWK set.
     */
    public static WebArchive reader() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "reader.war")
                .addPackage(ReaderServlet.class.getPackage()).addPackage(Html.class.getPackage());
        for (File jar : Wars.joseJars()) {
            war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, jar));
        }
        return war;
    }

    private static WebArchive withResources(WebArchive war) {
        war.addPackages(true, "dev.sessionjwt.demo.app").addPackage(Html.class.getPackage());
        war.merge(resources());
        return war;
    }

    private static GenericArchive resources() {
        File resources = new File(WEB_RESOURCES);
        if (!resources.isDirectory()) {
            throw new IllegalStateException(WEB_RESOURCES + " not found: run from a project directory under src-it");
        }
        return ShrinkWrap.create(GenericArchive.class).as(ExplodedImporter.class)
                .importDirectory(resources).as(GenericArchive.class);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
