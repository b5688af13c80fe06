package dev.sessionjwt.internal.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unit tests of {@link ServerAdvice}: the servers are recognized from what they report (the server infos measured on
 * each) or from their class loaders, and {@code SJWT0011} and {@code SJWT0025} then say what that server needs.
 */
class ServerAdviceTest {

    /** A class loader that sees no server's classes. */
    private static final ClassLoader PLAIN = new ClassLoader(null) {
    };

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Payara Server  6.2025.3 #badassfish (build 123)|PAYARA",
            "GlassFish 0.0.0|GLASSFISH",
            "WildFly 37.0.1.Final (WildFly Core 29.0.1.Final) - 2.3.18.Final|WILDFLY",
            "JBoss EAP 8.0.0.GA (WildFly Core 21.0.5.Final-redhat-00001) - 2.3.10.SP3-redhat-00001|WILDFLY",
            "IBM WebSphere Liberty/25.0.0.12|LIBERTY",
            "Apache Tomcat/10.1.49|TOMCAT",
            "Undefined Product Name - define product and version info in config/branding 0.0.0|UNKNOWN",
            "Acme AppServer 9.1|UNKNOWN"})
    void theServerIsRecognizedFromItsServerInfo(String serverInfo, ServerAdvice server) {
        assertThat(ServerAdvice.ofServerInfo(serverInfo), is(server));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "org.glassfish.web.loader.WebappClassLoader|GLASSFISH",
            "org.jboss.modules.ModuleClassLoader|WILDFLY",
            "com.ibm.ws.classloading.internal.AppClassLoader|LIBERTY",
            "com.ibm.ws.classloading.internal.ThreadContextClassLoader|LIBERTY",
            "org.apache.catalina.loader.ParallelWebappClassLoader|TOMCAT",
            "jdk.internal.loader.ClassLoaders$AppClassLoader|UNKNOWN"})
    void theServerIsRecognizedFromItsClassLoader(String loaderClass, ServerAdvice server) {
        assertThat(ServerAdvice.ofLoaderClass(loaderClass, PLAIN), is(server));
    }

    @Test
    void aGlassFishClassLoaderThatSeesPayarasHazelcastIsPayaras() {
        // the test class path has a class of the name Payara has (a stand-in in src/test/java)
        assertThat(ServerAdvice.ofLoaderClass("org.glassfish.web.loader.WebappClassLoader",
                ServerAdviceTest.class.getClassLoader()), is(ServerAdvice.PAYARA));
    }

    @Test
    void anUnknownClassLoaderIsNoServer() {
        assertThat(ServerAdvice.ofClassLoader(PLAIN), is(ServerAdvice.UNKNOWN));
        assertThat(ServerAdvice.ofClassLoader(null), is(ServerAdvice.UNKNOWN));
        assertThat(ServerAdvice.ofServerInfo(null), is(ServerAdvice.UNKNOWN));
    }

    @Test
    void onLibertyMicroProfileConfigIsAFeatureToEnableNotJarsToBundle() {
        assertThat(ServerAdvice.LIBERTY.microProfileConfig(), allOf(containsString("enable the feature mpConfig-3.1"),
                containsString("server.xml"), containsString("instead of bundling"), not(containsString("WEB-INF/lib")),
                containsString("src/site/markdown/liberty.md")));
    }

    @Test
    void onTomcatAndEmbeddedGlassFishTheWarBringsTheApiAndAnImplementation() {
        for (ServerAdvice server : new ServerAdvice[] {ServerAdvice.TOMCAT, ServerAdvice.GLASSFISH}) {
            assertThat(server.microProfileConfig(), allOf(containsString("WEB-INF/lib"),
                    containsString("org.eclipse.microprofile.config:microprofile-config-api:3.1"),
                    containsString("io.smallrye.config:smallrye-config:3.9.1"), not(containsString("mpConfig-3.1"))));
        }
        assertThat(ServerAdvice.TOMCAT.microProfileConfig(), containsString("src/site/markdown/tomcat.md"));
        assertThat(ServerAdvice.GLASSFISH.microProfileConfig(), containsString("src/site/markdown/glassfish.md"));
    }

    @Test
    void onWildFlyMicroProfileConfigIsTheServersSubsystem() {
        assertThat(ServerAdvice.WILDFLY.microProfileConfig(), allOf(containsString("microprofile-config-smallrye"),
                containsString("bundle no MicroProfile Config jars"), containsString("src/site/markdown/wildfly.md")));
    }

    @Test
    void anUnknownServerIsToldEveryWay() {
        assertThat(ServerAdvice.UNKNOWN.microProfileConfig(), allOf(containsString("WEB-INF/lib"),
                containsString("mpConfig-3.1")));
    }

    @Test
    void onlyWherePayaraMayReplicateDoesTheClusterStoreMessageAskForItsName() {
        assertThat(ServerAdvice.PAYARA.noClusterStore(), is(Optional.empty()));
        assertThat(ServerAdvice.UNKNOWN.noClusterStore(), is(Optional.empty()));
        assertThat(ServerAdvice.GLASSFISH.noClusterStore().orElseThrow(), containsString("GlassFish has no Hazelcast"));
        assertThat(ServerAdvice.WILDFLY.noClusterStore().orElseThrow(), containsString("WildFly's distributable"
                + " sessions (Infinispan)"));
        assertThat(ServerAdvice.LIBERTY.noClusterStore().orElseThrow(), containsString("Liberty's session"
                + " persistence"));
        assertThat(ServerAdvice.TOMCAT.noClusterStore().orElseThrow(), containsString("Tomcat's cluster session"
                + " managers"));
        for (ServerAdvice server : new ServerAdvice[] {ServerAdvice.GLASSFISH, ServerAdvice.WILDFLY,
                ServerAdvice.LIBERTY, ServerAdvice.TOMCAT}) {
            assertThat(server.noClusterStore().orElseThrow(), allOf(
                    containsString("remove <distributable/> from WEB-INF/web.xml"),
                    containsString("deploy on Payara Server or Payara Micro"),
                    containsString("src/site/markdown/clustering.md"), not(containsString("JNDI"))));
        }
    }
}
