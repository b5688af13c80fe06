package dev.sessionjwt.demo.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import jakarta.servlet.ServletContext;

/**
 * The server a page runs on, readably, for the page header: what {@code ServletContext.getServerInfo()} says, except
 * where an embedded distribution names itself without its product or version. Embedded Payara 6 (6.2025.3) says
 * "Undefined Product Name - define product and version info in config/branding 0.0.0" (it lacks Payara Server's
 * branding files) and embedded GlassFish 7 (7.0.25) says "GlassFish 0.0.0"; their versions are read from the Maven
 * descriptors packed in the server's own jar. Payara Micro 7.2026.11 says "Payara Micro 7.2026.11" (the branding in its
 * jar, with {@code -Dproduct.name=} too) and is kept as it says. WildFly (Undertow's
 * {@code ServletContextImpl.getServerInfo()}: WildFly's product string, then " - " and Undertow's version) says for
 * example "WildFly 37.0.1.Final (WildFly Core 29.0.1.Final) - 2.3.18.Final": the product and its version are kept,
 * WildFly Core's and Undertow's versions dropped. The Java version the server runs on follows.
 */
public final class ServerLabel {

    private static final String PAYARA_EMBEDDED = "Undefined Product Name";
    private static final String PAYARA_DESCRIPTOR =
            "META-INF/maven/fish.payara.server.internal.extras/glassfish-embedded-shell/pom.properties";
    private static final String GLASSFISH_EMBEDDED = "GlassFish 0.0.0";
    private static final String GLASSFISH_DESCRIPTOR = "META-INF/maven/org.glassfish.main.web/web-core/pom.properties";
    private static final String WILDFLY_CORE = " (WildFly Core ";

    private ServerLabel() {
    }

    /**
     * @param context the application's context
     * @return for example "Payara Server 6.2025.3 (embedded) on Java 17"
     */
    public static String of(ServletContext context) {
        String info = String.valueOf(context.getServerInfo());
        ClassLoader server = ServletContext.class.getClassLoader();
        String name = info;
        if (info.startsWith(PAYARA_EMBEDDED)) {
            name = "Payara Server " + version(server, PAYARA_DESCRIPTOR) + " (embedded)";
        } else if (info.equals(GLASSFISH_EMBEDDED)) {
            name = "Eclipse GlassFish " + version(server, GLASSFISH_DESCRIPTOR) + " (embedded)";
        } else if (info.contains(WILDFLY_CORE)) {
            name = info.substring(0, info.indexOf(WILDFLY_CORE));
        }
        return name + " on Java " + Runtime.version().feature();
    }

    /** The version in a Maven descriptor the class loader sees, or "(version unknown)". */
    private static String version(ClassLoader loader, String descriptor) {
        if (loader == null) {
            return "(version unknown)";
        }
        try (InputStream in = loader.getResourceAsStream(descriptor)) {
            if (in == null) {
                return "(version unknown)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }
}
