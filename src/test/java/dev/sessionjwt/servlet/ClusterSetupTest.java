package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.config.ConfigProblem;
import dev.sessionjwt.config.SettingKeys;
import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.internal.message.Message;
import jakarta.servlet.ServletContext;

/**
 * Unit tests of {@link ClusterSetup}: a {@code <distributable/>} application whose server has no cluster store fails
 * with {@code SJWT0011} saying what that server needs: where the store may exist (Payara, a server the library does not
 * know) the key and the JNDI name; where none can exist (GlassFish, WildFly, Liberty, Tomcat) the server and what to
 * do there, without asking for a JNDI name.
 */
class ClusterSetupTest {

    private static ServletContext context(String serverInfo) {
        return (ServletContext) Proxy.newProxyInstance(ClusterSetupTest.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServerInfo" -> serverInfo;
                    case "getContextPath" -> "/shop";
                    case "toString" -> "FakeContext";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An adapter without replicated sessions: the SPI's default {@code retiredSessionIds} throws. */
    private static final ContainerAdapter NO_STORE = new FakeContainer();

    private static ConfigProblem problemOn(String serverInfo, ContainerAdapter adapter) {
        List<ConfigProblem> problems = new ArrayList<>();

        assertThat(ClusterSetup.retiredSessionIds("payara/Hazelcast", context(serverInfo), adapter, problems),
                is(nullValue()));
        assertThat(problems, hasSize(1));
        assertThat(problems.get(0).id(), is(Message.NO_CLUSTER_STORE.id()));
        return problems.get(0);
    }

    @Test
    void whereTheStoreMayExistTheProblemNamesTheKeyAndTheJndiName() {
        ConfigProblem problem = problemOn("Undefined Product Name - define product and version info in"
                + " config/branding 0.0.0", NO_STORE);

        assertThat(problem.key(), is(SettingKeys.CLUSTER_HAZELCAST_JNDI));
        assertThat(problem.message(), allOf(containsString("SJWT0011: session-jwt.cluster.hazelcast-jndi ="
                + " \"payara/Hazelcast\" is invalid; expected the name of the server's cluster store (on Payara the JNDI"
                + " name of its Hazelcast instance), because /shop is <distributable/> and its replaced or invalidated"
                + " session ids must be refused on every node; session-jwt does not support replicated sessions on"
                + " this server, or remove <distributable/> from WEB-INF/web.xml"),
                containsString("[see src/site/markdown/messages.md#sjwt0011]")));
    }

    @Test
    void onGlassFishTheProblemNamesTheServerAndAsksForNoJndiName() {
        ConfigProblem problem = problemOn("GlassFish 0.0.0", NO_STORE);

        assertThat(problem.message(), allOf(containsString("SJWT0011: the server of a <distributable/> application ="
                + " \"GlassFish 0.0.0\" is invalid; expected a server whose replicated sessions session-jwt supports"
                + " (Payara Server or Payara Micro), because /shop is <distributable/>"),
                containsString("GlassFish has no Hazelcast"), not(containsString(SettingKeys.CLUSTER_HAZELCAST_JNDI)),
                not(containsString("JNDI"))));
    }

    @Test
    void onWildFlyLibertyAndTomcatTheProblemSaysWhatThatServerLacks() {
        assertThat(problemOn("WildFly 37.0.1.Final (WildFly Core 29.0.1.Final) - 2.3.18.Final", NO_STORE).message(),
                allOf(containsString("WildFly's distributable sessions (Infinispan)"), not(containsString("JNDI"))));
        assertThat(problemOn("IBM WebSphere Liberty/25.0.0.12", NO_STORE).message(),
                allOf(containsString("Liberty's session persistence"), not(containsString("JNDI"))));
        assertThat(problemOn("Apache Tomcat/10.1.49", NO_STORE).message(),
                allOf(containsString("Tomcat's cluster session managers"), not(containsString("JNDI"))));
    }

    @Test
    void anAdapterWithRetiredIdsButNoClusterMapFailsNamingTheSettingThatSwitchesTheFeedOff() {
        List<ConfigProblem> problems = new ArrayList<>();

        assertThat(ClusterSetup.endedSessions("payara/Hazelcast", context("Undefined Product Name"), NO_STORE,
                problems), is(nullValue()));

        assertThat(problems, hasSize(1));
        assertThat(problems.get(0).id(), is(Message.NO_CLUSTER_STORE.id()));
        assertThat(problems.get(0).message(), allOf(containsString("keeps no cluster-wide map"),
                containsString("ended-sessions of a distributable application"),
                containsString("an empty session-jwt.ended-sessions.path")));
    }
}
