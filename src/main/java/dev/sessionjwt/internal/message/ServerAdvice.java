package dev.sessionjwt.internal.message;

import java.util.Locale;
import java.util.Optional;

/**
 * The part of a message that depends on the server the application runs on: what that server needs when MicroProfile
 * Config is missing ({@code SJWT0025}) and why a {@code <distributable/>} application cannot start there
 * ({@code SJWT0011}). The server is recognized from {@code ServletContext.getServerInfo()} or, where no servlet context
 * exists yet (the CDI extension), from the class of the application's class loader; it only chooses the wording.
 *
 * <pre>
 * ServerAdvice server = ServerAdvice.ofServerInfo(context.getServerInfo());
 * String whatToDo = server.microProfileConfig();
 * </pre>
 */
public enum ServerAdvice {

    /** Payara Server or Micro: MicroProfile Config built in, Hazelcast under a JNDI name. */
    PAYARA("payara.md", "Payara brings MicroProfile Config itself: let the application see it (a WAR that loads"
            + " child-first and bundles the MicroProfile Config API must bundle an implementation too, or neither)",
            null),
    /** GlassFish 7: embedded GlassFish has no MicroProfile Config; no Hazelcast. */
    GLASSFISH("glassfish.md", "Embedded GlassFish has none: add the API and an implementation to WEB-INF/lib, for example"
            + " " + Jars.MP_CONFIG + " (the full GlassFish 7 server ships one)",
            "GlassFish has no Hazelcast, where session-jwt keeps those ids: remove <distributable/> from WEB-INF/web.xml,"
                    + " or deploy on Payara Server or Payara Micro"),
    /** WildFly or JBoss EAP: MicroProfile Config is a subsystem; its own distributable sessions are not supported. */
    WILDFLY("wildfly.md", "On WildFly, run a server configuration with the microprofile-config-smallrye subsystem"
            + " (standalone.xml and standalone-microprofile.xml have it), do not exclude it in"
            + " jboss-deployment-structure.xml, and bundle no MicroProfile Config jars",
            "session-jwt does not support WildFly's distributable sessions (Infinispan): remove <distributable/> from"
                    + " WEB-INF/web.xml, or deploy on Payara Server or Payara Micro"),
    /** Open Liberty or WebSphere Liberty: MicroProfile Config is a feature; its session persistence is not supported. */
    LIBERTY("liberty.md", "On Liberty, enable the feature mpConfig-3.1 in server.xml"
            + " (<featureManager><feature>mpConfig-3.1</feature></featureManager>) instead of bundling MicroProfile"
            + " Config jars in the WAR",
            "session-jwt does not support Liberty's session persistence (sessionCache, sessionDatabase): remove"
                    + " <distributable/> from WEB-INF/web.xml, or deploy on Payara Server or Payara Micro"),
    /** Tomcat: the application brings MicroProfile Config; its cluster managers are not supported. */
    TOMCAT("tomcat.md", "Tomcat has none: add the API and an implementation to WEB-INF/lib, for example "
            + Jars.MP_CONFIG,
            "session-jwt does not support Tomcat's cluster session managers: remove <distributable/> from"
                    + " WEB-INF/web.xml, or deploy on Payara Server or Payara Micro"),
    /** A server the library does not recognize (an application's own container adapter). */
    UNKNOWN(null, "On a server without MicroProfile (Tomcat, embedded GlassFish) add the API and an implementation to"
            + " WEB-INF/lib, for example " + Jars.MP_CONFIG + "; on Liberty enable the feature mpConfig-3.1 instead",
            null);

    /** Maven coordinates shown where the application must bring MicroProfile Config itself. */
    private static final class Jars {
        static final String MP_CONFIG = "org.eclipse.microprofile.config:microprofile-config-api:3.1 and"
                + " io.smallrye.config:smallrye-config:3.9.1 (with its dependencies)";
    }

    /** The folder of the documentation pages, relative to the repository's root. */
    static final String PAGES = "src/site/markdown/";

    private final String page;
    private final String microProfileConfig;
    private final String noClusterStore;

    ServerAdvice(String page, String microProfileConfig, String noClusterStore) {
        this.page = page;
        this.microProfileConfig = microProfileConfig;
        this.noClusterStore = noClusterStore;
    }

    /**
     * @param serverInfo {@code ServletContext.getServerInfo()}, or null
     * @return the server it names, or {@link #UNKNOWN} (also for embedded Payara, which reports no product name)
     */
    public static ServerAdvice ofServerInfo(String serverInfo) {
        String info = serverInfo == null ? "" : serverInfo.toLowerCase(Locale.ROOT);
        if (info.contains("payara")) {
            return PAYARA;
        }
        if (info.contains("glassfish")) {
            return GLASSFISH;
        }
        if (info.contains("wildfly") || info.contains("jboss")) {
            return WILDFLY;
        }
        if (info.contains("liberty") || info.contains("websphere")) {
            return LIBERTY;
        }
        return info.contains("tomcat") ? TOMCAT : UNKNOWN;
    }

    /**
     * @param loader the application's class loader, or null
     * @return the server whose class loader it is (or one of its parents is), else {@link #UNKNOWN}
     */
    public static ServerAdvice ofClassLoader(ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            ServerAdvice server = ofLoaderClass(l.getClass().getName(), l);
            if (server != UNKNOWN) {
                return server;
            }
        }
        return UNKNOWN;
    }

    /**
     * @param loaderClass the class name of a class loader
     * @param loader      that loader, asked only whether it sees Payara
     * @return the server whose class loaders have that class, else {@link #UNKNOWN}
     */
    static ServerAdvice ofLoaderClass(String loaderClass, ClassLoader loader) {
        if (loaderClass.startsWith("org.glassfish.") || loaderClass.startsWith("com.sun.enterprise.")) {
            return loads(loader, "fish.payara.nucleus.hazelcast.HazelcastCore") ? PAYARA : GLASSFISH;
        }
        if (loaderClass.startsWith("org.jboss.modules.")) {
            return WILDFLY;
        }
        if (loaderClass.startsWith("com.ibm.ws.")) {
            return LIBERTY;
        }
        return loaderClass.startsWith("org.apache.catalina.") ? TOMCAT : UNKNOWN;
    }

    private static boolean loads(ClassLoader loader, String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            return false;
        }
    }

    /** What the application must do on this server to get MicroProfile Config ({@code SJWT0025}), with its page. */
    public String microProfileConfig() {
        return microProfileConfig + (page == null ? "" : " (" + PAGES + page + ")");
    }

    /**
     * Why a {@code <distributable/>} application cannot start on this server and what to do ({@code SJWT0011}).
     *
     * @return the advice with its page; empty where replicated sessions may work once the cluster store's name is
     *         right (Payara, and servers the library does not know)
     */
    public Optional<String> noClusterStore() {
        return Optional.ofNullable(noClusterStore).map(text -> text + " (" + PAGES + "clustering.md)");
    }
}
