package dev.sessionjwt.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.glassfish.GlassFishServer;
import dev.sessionjwt.it.liberty.LibertyProcess;
import dev.sessionjwt.it.micro.PayaraMicroServer;
import dev.sessionjwt.it.wildfly.WildFlyProcess;

/**
 * The server the integration tests of this JVM run on, named by the system property {@value #PROPERTY} that each
 * failsafe execution sets (one execution per server, each with its own arquillian-*.xml), and what a test WAR needs
 * on it beyond the library. To add a server: a constant here, an arquillian-&lt;server&gt;.xml, and a failsafe execution
 * that sets {@value #PROPERTY}, {@code arquillian.xml} and {@value #LIBS} and drops the other servers' jars (see pom.xml).
 */
public enum ServerUnderTest {

    /** Embedded Payara 6: its parent class loader sees the test class path, so the WAR loads child-first. */
    PAYARA {
        @Override
        public String serverInfoMarker() {
            // measured on embedded Payara 6.2025.3, which lacks the branding of Payara Server and Micro
            return "Undefined Product Name - define product and version info in config/branding";
        }

        @Override
        public String productName() {
            return "Payara Server";
        }
    },

    /**
     * Payara Micro 7 (Jakarta EE 11) on Java 21 or newer, one process for the whole run started and fed by the project's
     * own Arquillian container ({@code dev.sessionjwt.it.micro}): the WAR is deployed as a Payara Micro user deploys it,
     * with the server's default class loading and no descriptor; Payara Micro brings MicroProfile Config.
     */
    PAYARA7 {
        @Override
        public String serverInfoMarker() {
            // measured on Payara Micro 7.2026.11: "Payara Micro 7.2026.11", with -Dproduct.name= as here too
            // (WebContainer sets Version.getVersion() as the server info and hides only the public one;
            // DemoLauncherIT holds the version)
            return "Payara Micro";
        }

        @Override
        public SessionAccessor sessionAccessor() {
            return SessionAccessor.NONE;
        }

        @Override
        WebArchive shape(WebArchive war) {
            return war;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return PayaraMicroServer.current().process().pid();
        }

        /** Payara Micro runs Hazelcast by default (here with itself as the only member, on 127.0.0.1). */
        @Override
        public boolean hasClusterStore() {
            return true;
        }

        /** Payara Micro's JMX connector, on 127.0.0.1 at the port {@code it.payara7.jmx.port}. */
        @Override
        public MBeanServerConnection mbeanServer() {
            synchronized (PayaraMicroServer.class) {
                if (payaraMicroJmx == null) {
                    try {
                        payaraMicroJmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:rmi:///jndi/rmi://"
                                + "127.0.0.1:" + Integer.getInteger("it.payara7.jmx.port") + "/jmxrmi"))
                                .getMBeanServerConnection();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return payaraMicroJmx;
            }
        }
    },

    /**
     * Embedded GlassFish 7: child-first like Payara; it has no MicroProfile Config, so the WAR brings the API and
     * SmallRye Config ({@value #LIBS}), as a GlassFish user's application must.
     */
    GLASSFISH {
        @Override
        public String serverInfoMarker() {
            // measured on glassfish-embedded-all 7.0.25: "GlassFish 0.0.0"
            return "GlassFish";
        }

        /**
         * GlassFish 7.0.25: Grizzly's {@code URLDecoder} throws on {@code %zz} in {@code ContainerMapper.service}, and
         * again in its {@code logAndSendError} ({@code toUrlForLogging} decodes the same path), so the exception leaves
         * the container (logged as GRIZZLY0200) and Grizzly answers 500 with the page of
         * {@code GlassfishErrorPageGenerator}, which always names {@code Version.getProductId()} ("GlassFish 0.0.0")
         * and reads no setting; no exception or stack frame in it. Payara 6.2025.3 answers the same request 200.
         */
        @Override
        public boolean namesItselfForUndecodablePaths() {
            return true;
        }
    },

    /**
     * GlassFish 8 (Jakarta EE 11: Servlet 6.1, CDI 4.1, Jakarta Security 4.0) on Java 21 or newer, a managed server in its
     * own JVM ({@code dev.sessionjwt.it.glassfish}): the full server ships MicroProfile Config, so the WAR brings
     * nothing but the library and the same {@code glassfish-web.xml} (child-first) as on GlassFish 7. The library's
     * adapter is the Catalina one of Payara 6 and GlassFish 7. Unlike GlassFish 7.0.25, it answers a path with an
     * undecodable escape ({@code %zz}) without naming itself (measured on 8.0.0: 200, as Payara 6), so
     * {@link #namesItselfForUndecodablePaths()} is false.
     */
    GLASSFISH8 {
        @Override
        public String serverInfoMarker() {
            return "GlassFish";
        }

        /**
         * GlassFish 8.0.0: no accessor. Its {@code StandardSessionFacade} (web-core) does not override Servlet 6.1's
         * {@code HttpSession.getAccessor()}, whose default method in the API returns null.
         */
        @Override
        public SessionAccessor sessionAccessor() {
            return SessionAccessor.NONE;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return GlassFishServer.process().pid();
        }

        @Override
        public MBeanServerConnection mbeanServer() {
            return GlassFishServer.mbeanServer();
        }
    },

    /**
     * Tomcat 10.1 embedded in the test JVM ({@code dev.sessionjwt.it.tomcat.LoopbackTomcatContainer}), not a Jakarta EE
     * server: every WAR brings, in WEB-INF/lib ({@value #LIBS}), Weld servlet (whose ServletContainerInitializer boots CDI
     * and registers Weld's listeners: no web.xml entry needed), SmallRye Config and, in the execution "tomcat" but not in
     * "tomcat-bare", Soteria for Jakarta Security. Tomcat's web application class loader looks in WEB-INF first for all
     * but the servlet API and Tomcat's own classes, so no descriptor is needed.
     */
    TOMCAT {
        @Override
        public String serverInfoMarker() {
            return "Apache Tomcat";
        }

        @Override
        WebArchive shape(WebArchive war) {
            return tomcatShape(war);
        }
    },

    /**
     * Tomcat 11.0 (Jakarta EE 11: Servlet 6.1) embedded in the test JVM, which runs on Java 21 or newer (the toolchain
     * execution {@code ee11-jdk}): every WAR shaped as on Tomcat 10.1, with Weld 6 (CDI 4.1), SmallRye Config and
     * Soteria 4 (Jakarta Security 4.0) in WEB-INF/lib ({@value #LIBS}). The same library jar, built for Java 17 against
     * the Jakarta EE 10 APIs, and the same adapter ({@code internal.container.tomcat}).
     */
    TOMCAT11 {
        @Override
        public String serverInfoMarker() {
            return "Apache Tomcat/11.";
        }

        @Override
        WebArchive shape(WebArchive war) {
            return tomcatShape(war);
        }

        @Override
        public ServerUnderTest kind() {
            return TOMCAT;
        }
    },

    /**
     * WildFly 37, a managed server in its own JVM: each WAR has its own module class loader and WildFly brings
     * MicroProfile Config, so the WAR needs nothing beyond the library.
     */
    WILDFLY {
        @Override
        public String serverInfoMarker() {
            return "WildFly";
        }

        @Override
        WebArchive shape(WebArchive war) {
            return war;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return WildFlyProcess.find().pid();
        }

        @Override
        public MBeanServerConnection mbeanServer() {
            return wildFlyMbeanServer();
        }

        @Override
        public boolean isUndertow() {
            return true;
        }
    },

    /**
     * WildFly Preview 39 (Jakarta EE 11: Servlet 6.1, CDI 4.1, Jakarta Security 4.0) on Java 21 or newer, managed like
     * {@link #WILDFLY}; the standard wildfly-dist 39 is still Jakarta EE 10 (Servlet 6.0, CDI 4.0, Security 3.0).
     */
    WILDFLY39 {
        @Override
        public String serverInfoMarker() {
            return "WildFly";
        }

        @Override
        public SessionAccessor sessionAccessor() {
            return SessionAccessor.BY_SESSION;
        }

        /** WildFly's line: the demo and the benchmark start it as WildFly 37 (the preview distribution, on Java 21+). */
        @Override
        public ServerUnderTest kind() {
            return WILDFLY;
        }

        @Override
        WebArchive shape(WebArchive war) {
            return war;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return WildFlyProcess.find().pid();
        }

        @Override
        public MBeanServerConnection mbeanServer() {
            return wildFlyMbeanServer();
        }

        @Override
        public boolean isUndertow() {
            return true;
        }
    },

    /**
     * Open Liberty 25, a managed server in its own JVM (servlet-6.0, cdi-4.0, appSecurity-5.0, mpConfig-3.1): each
     * WAR has its own class loader and Liberty brings MicroProfile Config, so the WAR needs nothing beyond the library.
     */
    LIBERTY {
        @Override
        public String serverInfoMarker() {
            // measured on Open Liberty 25.0.0.12: "IBM WebSphere Liberty/25.0.0.12"
            return "Liberty";
        }

        @Override
        WebArchive shape(WebArchive war) {
            return war;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return LibertyProcess.find().pid();
        }

        @Override
        public MBeanServerConnection mbeanServer() {
            return libertyMbeanServer();
        }
    },

    /**
     * Open Liberty 26 with its Jakarta EE 11 features (servlet-6.1, cdi-4.1, appSecurity-6.0, mpConfig-3.1), managed
     * like {@link #LIBERTY} and run on Java 21 or newer (the toolchain execution {@code ee11-jdk}); the same library jar
     * and the same adapter ({@code internal.container.liberty}).
     */
    LIBERTY11 {
        @Override
        public String serverInfoMarker() {
            return "Liberty";
        }

        @Override
        WebArchive shape(WebArchive war) {
            return war;
        }

        @Override
        public boolean isEmbedded() {
            return false;
        }

        @Override
        public long processId() {
            return LibertyProcess.find().pid();
        }

        @Override
        public MBeanServerConnection mbeanServer() {
            return libertyMbeanServer();
        }

        /** Measured on Open Liberty 26.0.0.5 by {@code Servlet61SessionIT}: the accessor holds the id it was made for. */
        @Override
        public SessionAccessor sessionAccessor() {
            return SessionAccessor.BY_ID;
        }

        @Override
        public ServerUnderTest kind() {
            return LIBERTY;
        }
    };

    /** Liberty's JMX through its local connector (localConnector-1.0), whose address it writes at start. */
    private static MBeanServerConnection libertyMbeanServer() {
        synchronized (LibertyProcess.class) {
            if (libertyJmx == null) {
                try {
                    libertyJmx = JMXConnectorFactory.connect(new JMXServiceURL(LibertyProcess.localJmxAddress()))
                            .getMBeanServerConnection();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return libertyJmx;
        }
    }

    /**
     * How a Tomcat test WAR is shaped: WEB-INF/beans.xml in mode "all" (in mode "annotated" Weld servlet finds no bean
     * archive in a WAR without bean classes and does not start at all, WELD-ENV-000028), and Weld's {@code Listener}
     * declared in a web fragment, so that Tomcat calls it before the listeners that initializers add, the library's
     * among them (Weld's request context is then active in the library's listener, as on the Jakarta EE servers); for
     * Soteria, Weld's initializer listed in WEB-INF/classes ({@link #WELD_INITIALIZER_FIRST}) and the BeanManager in JNDI
     * ({@link #BEAN_MANAGER_CONTEXT_XML}), as src/site/markdown/tomcat.md gives them.
     */
    static WebArchive tomcatShape(WebArchive war) {
        if (!war.contains("WEB-INF/beans.xml")) {
            war.addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
        }
        return war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "weld-listener-fragment.jar")
                .addAsManifestResource(new StringAsset(WELD_LISTENER_FRAGMENT), "web-fragment.xml"))
                .addAsResource(new StringAsset(WELD_INITIALIZER_FIRST), SERVLET_CONTAINER_INITIALIZERS)
                .addAsManifestResource(new StringAsset(BEAN_MANAGER_CONTEXT_XML), "context.xml");
    }


    /** The one JMX connection to Payara Micro of this JVM, opened on first use. */
    private static MBeanServerConnection payaraMicroJmx;
    /** The one JMX connection to Liberty of this JVM, opened on first use. */
    private static MBeanServerConnection libertyJmx;
    /** The bean archive descriptor of a Tomcat test WAR (see {@link #TOMCAT}). */
    static final String BEANS_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="all"/>
            """;

    /** Weld's listener declared, as a Tomcat user declares it in web.xml (see {@link #TOMCAT}). */
    static final String WELD_LISTENER_FRAGMENT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>weld_listener</name>
                <listener>
                    <listener-class>org.jboss.weld.environment.servlet.Listener</listener-class>
                </listener>
            </web-fragment>
            """;

    /** Where a WAR lists its own initializers: WEB-INF/classes/{@value}. */
    static final String SERVLET_CONTAINER_INITIALIZERS = "META-INF/services/jakarta.servlet.ServletContainerInitializer";

    /**
     * Weld's initializer listed in WEB-INF/classes, so that Tomcat runs it before every initializer from WEB-INF/lib
     * (Tomcat reads WEB-INF/classes first, then the jars in the order their directory lists them, which the WAR cannot
     * set for jars without a web-fragment.xml): Soteria's {@code SamRegistrationInstaller} registers its
     * authentication module only if CDI is already up when it runs (see {@link #BEAN_MANAGER_CONTEXT_XML}).
     */
    static final String WELD_INITIALIZER_FIRST = "org.jboss.weld.environment.servlet.EnhancedListener\n";

    /**
     * Weld's BeanManager in JNDI: Soteria 3.0's {@code SamRegistrationInstaller} finds CDI only by looking up
     * {@code java:comp/BeanManager} or {@code java:comp/env/BeanManager} (not {@code CDI.current()}); when the lookup
     * fails it logs at FINEST and registers nothing, so no Jakarta Security mechanism is ever called and a protected
     * page answers 403. Tomcat's JNDI is read-only to Weld, hence this resource, as Weld's documentation gives it.
     */
    static final String BEAN_MANAGER_CONTEXT_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Context>
                <Resource name="BeanManager" auth="Container" type="jakarta.enterprise.inject.spi.BeanManager"
                          factory="org.jboss.weld.resources.ManagerObjectFactory"/>
            </Context>
            """;

    /** The one JMX connection to WildFly of this JVM, opened on first use. */
    private static MBeanServerConnection wildFlyJmx;

    /** WildFly's JMX over its management port (remoting-jmx, local authentication as the same user). */
    private static MBeanServerConnection wildFlyMbeanServer() {
        synchronized (WildFlyProcess.class) {
            if (wildFlyJmx == null) {
                try {
                    wildFlyJmx = JMXConnectorFactory.connect(new JMXServiceURL("service:jmx:remote+http://127.0.0.1:"
                            + Integer.getInteger("it.wildfly.management.port"))).getMBeanServerConnection();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return wildFlyJmx;
        }
    }

    /**
     * System property naming the server: {@code payara} (the default), {@code glassfish}, {@code wildfly},
     * {@code liberty}, {@code tomcat}, and the Jakarta EE 11 servers {@code tomcat11}, {@code payara7},
     * {@code wildfly39}, {@code liberty11}, {@code glassfish8}.
     */
    public static final String PROPERTY = "it.server";
    /** System property: a class path of jars every test WAR carries in WEB-INF/lib on this server (may be empty). */
    public static final String LIBS = "it.server.libs";

    /** The server of this JVM. */
    public static ServerUnderTest current() {
        return valueOf(System.getProperty(PROPERTY, "payara").trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The server line whose behaviour this one shares where a test tells servers apart, and which {@code LocalServer}
     * starts it as: itself, but for a newer version of a line (Tomcat 11 behaves as Tomcat 10.1 there, WildFly Preview 39
     * as WildFly 37, Liberty's EE 11 features as its EE 10 ones). Payara Micro 7 and GlassFish 8 are lines of their own:
     * a child process and a managed domain, where Payara 6 and GlassFish 7 are embedded.
     */
    public ServerUnderTest kind() {
        return this;
    }

    /** Text the server's {@code ServletContext.getServerInfo()} contains, as measured on the embedded server. */
    public abstract String serverInfoMarker();

    /**
     * The product name the demo's page header gives for the server ({@code ServerLabel}): the server's own words where
     * they name the product; embedded Payara's do not (see {@link #PAYARA}).
     */
    public String productName() {
        return serverInfoMarker();
    }

    /**
     * Whether the server runs inside the test JVM (its log and its deployment registry can be read in-process); a
     * managed server runs in its own JVM and reports deployment failures through Arquillian.
     */
    public boolean isEmbedded() {
        return true;
    }

    /**
     * Whether the server answers a request path with an invalid percent escape ({@code %zz}) with a 500 and an error
     * page of its connector that names the server, which no setting changes ({@code MalformedRequestTestBase}).
     */
    public boolean namesItselfForUndecodablePaths() {
        return false;
    }

    /** The process the server runs in: this JVM for an embedded server. */
    public long processId() {
        return ProcessHandle.current().pid();
    }

    /** The server's MBean server, where the library registers its statistics: this JVM's for an embedded server. */
    public MBeanServerConnection mbeanServer() {
        return ManagementFactory.getPlatformMBeanServer();
    }

    /** Adds what the server needs to a WAR that already carries the library (descriptors, class loading). */
    WebArchive shape(WebArchive war) {
        // Payara and GlassFish: child-first class loading, since their parent loader sees the test class path
        return war.addAsWebInfResource(new StringAsset(Wars.GLASSFISH_WEB_XML), "glassfish-web.xml");
    }

    /** The jars of {@value #LIBS}, for WEB-INF/lib. */
    List<File> extraLibraries() {
        List<File> jars = new ArrayList<>();
        for (String path : System.getProperty(LIBS, "").split(File.pathSeparator)) {
            File entry = new File(path);
            if (path.isBlank() || path.contains("${")) {
                continue;
            }
            if (entry.isDirectory()) {
                // a directory of jars (Tomcat's Weld and Soteria sets, copied by maven-dependency-plugin)
                File[] inside = entry.listFiles((dir, name) -> name.endsWith(".jar"));
                Arrays.sort(inside);
                jars.addAll(List.of(inside));
            } else {
                jars.add(new File(path));
            }
        }
        return jars;
    }

    /**
     * Whether a {@code <distributable/>} application finds the cluster store the library uses (Payara's Hazelcast) in
     * the tests' set-up: only on Payara Micro 7; embedded Payara 6 runs with Hazelcast disabled, the others have none.
     */
    public boolean hasClusterStore() {
        return false;
    }

    /** Whether the server is WildFly, whose servlet container is Undertow (the EE 10 or the EE 11 line). */
    public boolean isUndertow() {
        return false;
    }

    /** What Servlet 6.1's {@code HttpSession.getAccessor()} gives on a server, as measured by {@code Servlet61SessionIT}. */
    public enum SessionAccessor {
        /** None: {@code getAccessor()} returns null (Payara Micro 7.2026.11, GlassFish 8.0.0). */
        NONE,
        /**
         * An accessor bound to the session id it was made for: it stops working when the id changes (Tomcat 11, Open
         * Liberty 26).
         */
        BY_ID,
        /** An accessor that follows the session through a change of id (WildFly Preview 39). */
        BY_SESSION
    }

    /** What {@code HttpSession.getAccessor()} gives here (Jakarta EE 11 servers; Servlet 6.0 has no accessor). */
    public SessionAccessor sessionAccessor() {
        return SessionAccessor.BY_ID;
    }

    /** The name as in {@value #PROPERTY}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
