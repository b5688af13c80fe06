package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.sessionjwt.it.app.ReservedNameClaims;
import dev.sessionjwt.it.smoke.OkServlet;

/**
 * A WAR with one problem of every kind a deployment check finds (two settings, the cluster store, the cookie-name
 * prefix, a claim producer), and the assertion that the deployment failed with one error naming all five
 * ({@code DeploymentFailureIT} on every server, {@code TomcatBareIT} with the library's initializer ahead of Weld's).
 */
public final class EveryProblemAtOnce {

    private EveryProblemAtOnce() {
    }

    /**
     * @param name the WAR's name, without {@code .war}
     * @return the WAR, with the library and its configuration
     */
    public static WebArchive war(String name) {
        return Wars.withConfig(Wars.libraryWar(name).addClasses(OkServlet.class, ReservedNameClaims.class)
                        .setWebXML(new StringAsset("<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                                + " version=\"6.0\"><distributable/><session-config><cookie-config>"
                                + "<name>__Secure-session</name></cookie-config></session-config></web-app>")),
                Map.of("session-jwt.key", Wars.randomKey(),
                        "session-jwt.mechanism", "maybe",
                        "session-jwt.expires", "soon",
                        "session-jwt.cluster.hazelcast-jndi", "java:global/no-such-hazelcast"));
    }

    /**
     * Asserts that the log holds the {@code SJWT0011} problem of a distributable application as the server under test
     * words it: embedded Payara (which may have a cluster store) names the key and the JNDI name tried; GlassFish,
     * WildFly, Liberty and Tomcat, where none can exist, name the server and what it lacks, and ask for no JNDI name.
     *
     * @param log      the log of the failed deployment
     * @param jndiName the configured name of the cluster store
     */
    public static void assertNoClusterStore(LogCapture log, String jndiName) {
        String all = log.messages().toString();
        ServerUnderTest server = ServerUnderTest.current();
        if (server == ServerUnderTest.PAYARA || server == ServerUnderTest.PAYARA7) {
            assertThat(all, log.contains("SJWT0011: session-jwt.cluster.hazelcast-jndi = \"" + jndiName + "\" is"
                    + " invalid; expected the name of the server's cluster store (on Payara the JNDI name of its"
                    + " Hazelcast instance), because /"), is(true));
            return;
        }
        assertThat(all, log.contains("SJWT0011: the server of a <distributable/> application = \""), is(true));
        assertThat(all, log.contains("\" is invalid; expected a server whose replicated sessions session-jwt supports"
                + " (Payara Server or Payara Micro), because /"), is(true));
        assertThat(all, log.contains(switch (server) {
            case GLASSFISH, GLASSFISH8 -> "GlassFish has no Hazelcast";
            case WILDFLY, WILDFLY39 -> "session-jwt does not support WildFly's distributable sessions (Infinispan)";
            case LIBERTY, LIBERTY11 -> "session-jwt does not support Liberty's session persistence";
            default -> "session-jwt does not support Tomcat's cluster session managers";
        }), is(true));
        assertThat(all, log.contains("SJWT0011: session-jwt.cluster.hazelcast-jndi"), is(false));
    }

    /** Asserts that the log of the failed deployment holds the one error and each of its five problems. */
    public static void assertReportedInOneError(LogCapture log) {
        String all = log.messages().toString();
        assertThat(all, log.contains("SJWT0000: session-jwt cannot start, its configuration has 5 problems"), is(true));
        assertThat(all, log.contains("SJWT0005: session-jwt.mechanism = \"maybe\" is invalid; expected true or"
                + " false"), is(true));
        assertThat(all, log.contains("SJWT0004: session-jwt.expires = \"soon\" is invalid; expected a whole"
                + " number of seconds"), is(true));
        assertNoClusterStore(log, "java:global/no-such-hazelcast");
        assertThat(all, log.contains("SJWT0012: <session-config><cookie-config> (or SessionCookieConfig) = name"
                + " \"__Secure-session\", secure false is invalid; expected a __Host- cookie"), is(true));
        assertThat(all, log.contains("SJWT0043: @SessionClaim on public java.lang.String "
                + ReservedNameClaims.class.getName() + ".expiry() = value \"exp\", longName \"exp\" is invalid;"
                + " expected claim names of a letter"), is(true));
    }
}
