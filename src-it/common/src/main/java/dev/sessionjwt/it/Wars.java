package dev.sessionjwt.it;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ClassLoaderAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds WARs that carry the built library jar and its runtime dependencies in WEB-INF/lib, as users deploy it. */
public final class Wars {

    /** WEB-INF/glassfish-web.xml: the WAR loads its own copy of the library before the server's class path. */
    public static final String GLASSFISH_WEB_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <glassfish-web-app>
                <class-loader delegate="false"/>
            </glassfish-web-app>
            """;

    private Wars() {
    }

    /**
     * A WAR {@code name}(.war) with the library, jose4j and its runtime deps in WEB-INF/lib, shaped for the server
     * under test ({@link ServerUnderTest#shape}: glassfish-web.xml on Payara and GlassFish).
     */
    public static WebArchive libraryWar(String name) {
        return ServerUnderTest.current().shape(
                withLibrary(ShrinkWrap.create(WebArchive.class, name.endsWith(".war") ? name : name + ".war")));
    }

    /**
     * As {@link #libraryWar}, without the jars whose file name starts with one of the prefixes: an application that
     * lacks something the server under test needs (Tomcat without a MicroProfile Config implementation).
     */
    public static WebArchive libraryWarWithout(String name, String... jarPrefixes) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name.endsWith(".war") ? name : name + ".war");
        for (Map.Entry<String, File> jar : libraryJars().entrySet()) {
            if (Arrays.stream(jarPrefixes).noneMatch(jar.getKey()::startsWith)) {
                war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, jar.getValue()));
            }
        }
        return ServerUnderTest.current().shape(war);
    }

    /**
     * Adds the library, jose4j and its runtime deps to WEB-INF/lib, and nothing else: the WAR keeps the server's
     * default parent-first class loading, as users deploy it. For a server whose class path does not have the
     * library (Payara Micro): with {@code delegate="false"} every class a session deserializes is first searched
     * in WEB-INF/lib.
     */
    public static WebArchive withLibrary(WebArchive war) {
        for (File jar : libraryJars().values()) {
            war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, jar));
        }
        return war;
    }

    /**
     * A WAR {@code name}(.war) without the library, with what the server under test needs all the same (Tomcat: Weld,
     * MicroProfile Config, beans.xml, Weld's listener; Payara and GlassFish: glassfish-web.xml): a plain application.
     */
    public static WebArchive plainWar(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name.endsWith(".war") ? name : name + ".war");
        for (File jar : ServerUnderTest.current().extraLibraries()) {
            war.addAsLibrary(ShrinkWrap.createFromZipFile(JavaArchive.class, jar));
        }
        return ServerUnderTest.current().shape(war);
    }

    /**
     * A fresh random signing secret as {@code session-jwt.key} takes it: {@code secret:} and 48 random bytes in base64
     * (the library takes a secret only when the value says it is one).
     */
    public static String randomKey() {
        return "secret:" + randomSecret();
    }

    /** A fresh random secret (48 bytes, base64) to sign with: configure it as {@code "secret:" + secret}. */
    public static String randomSecret() {
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * Adds a test class that uses library types by its class file, without loading it: the test JVM does not
     * have the library classes (they come only from WEB-INF/lib), so {@code addClass} would fail to link it.
     */
    public static WebArchive withClassFile(WebArchive war, String className) {
        String path = className.replace('.', '/') + ".class";
        return war.add(new ClassLoaderAsset(path), "WEB-INF/classes/" + path);
    }

    /** Adds WEB-INF/classes/META-INF/microprofile-config.properties with the given entries. */
    public static WebArchive withConfig(WebArchive war, Map<String, String> config) {
        Properties properties = new Properties();
        properties.putAll(config);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withConfig(war, text.toString());
    }

    /** Adds WEB-INF/classes/META-INF/microprofile-config.properties with the given properties text. */
    public static WebArchive withConfig(WebArchive war, String properties) {
        return war.addAsResource(new StringAsset(properties), "META-INF/microprofile-config.properties");
    }

    /**
     * jose4j and the library's other runtime dependencies (slf4j-api), without the library and without what the server
     * under test adds to a library WAR ({@value ServerUnderTest#LIBS}): for a plain verifier WAR, which uses neither CDI
     * nor MicroProfile Config. (With SmallRye Config in WEB-INF/lib, its CDI extension runs in a WAR that loads
     * parent-first, and on GlassFish finds no implementation: "No ConfigProviderResolver implementation found!".)
     */
    public static List<File> joseJars() {
        Map<String, File> jars = runtimeJars();
        jars.remove(requiredFile("sessionjwt.jar").getName());
        return List.copyOf(jars.values());
    }

    /**
     * The jars for WEB-INF/lib by file name: the library, jose4j, every other runtime dependency, and what the server
     * under test lacks ({@link ServerUnderTest#LIBS}: MicroProfile Config on GlassFish).
     */
    static Map<String, File> libraryJars() {
        Map<String, File> jars = runtimeJars();
        for (File jar : ServerUnderTest.current().extraLibraries()) {
            add(jars, jar);
        }
        return jars;
    }

    /** The library, jose4j and every other runtime dependency of the library, by file name. */
    private static Map<String, File> runtimeJars() {
        Map<String, File> jars = new LinkedHashMap<>();
        add(jars, requiredFile("sessionjwt.jar"));
        add(jars, requiredFile("jose4j.jar"));
        String others = System.getProperty("sessionjwt.libs", "");
        for (String path : others.split(File.pathSeparator)) {
            if (!path.isBlank()) {
                add(jars, new File(path));
            }
        }
        return jars;
    }

    private static void add(Map<String, File> jars, File jar) {
        if (!jar.isFile()) {
            throw new IllegalStateException("Missing jar for the test WAR: " + jar);
        }
        jars.putIfAbsent(jar.getName(), jar);
    }

    private static File requiredFile(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank() || path.contains("${")) {
            throw new IllegalStateException("System property " + property
                    + " is not set to a jar; run through Maven (failsafe or -Pdemo), which sets it");
        }
        return new File(path);
    }
}
