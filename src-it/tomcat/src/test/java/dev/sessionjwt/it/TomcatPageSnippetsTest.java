package dev.sessionjwt.it;

import static dev.sessionjwt.it.PageSnippets.normalized;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.starter.StarterTestBase;

/**
 * What src/site/markdown/tomcat.md tells a Tomcat user to copy is what this project's test WARs carry: the files
 * ({@link ServerUnderTest#TOMCAT} adds them to every WAR) and the jars (it.server.libs, copied by the parent pom), and
 * the starters' snippets are the starters StarterIT deploys.
 */
class TomcatPageSnippetsTest {

    private static final PageSnippets PAGE = PageSnippets.of("tomcat");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<artifactId>([^<]+)</artifactId>\\s*<version>([^<]+)</version>");

    @Test
    void beansXmlIsTheOneTheWarsCarry() {
        assertThat(normalized(PAGE.blockWith("<beans")), equalTo(normalized(ServerUnderTest.BEANS_XML)));
    }

    @Test
    void weldsListenerIsDeclaredAsThePageDeclaresIt() {
        assertThat(normalized(ServerUnderTest.WELD_LISTENER_FRAGMENT),
                containsString(normalized(PAGE.blockWith("<listener-class>"))));
    }

    @Test
    void contextXmlIsTheOneTheWarsCarry() {
        assertThat(normalized(PAGE.blockWith("<Context>")), equalTo(normalized(ServerUnderTest.BEAN_MANAGER_CONTEXT_XML)));
    }

    @Test
    void theInitializerListIsTheOneTheWarsCarry() {
        assertThat(PAGE.blockWith("EnhancedListener").strip(), equalTo(ServerUnderTest.WELD_INITIALIZER_FIRST.strip()));
    }

    @Test
    void everyDependencyThePageListsIsAJarOfTheWars() {
        List<String> jars = new ArrayList<>();
        for (String path : System.getProperty(ServerUnderTest.LIBS, "").split(File.pathSeparator)) {
            File[] files = new File(path).listFiles();
            for (File jar : files == null ? new File[0] : files) {
                jars.add(jar.getName());
            }
        }
        Matcher dependency = DEPENDENCY.matcher(PAGE.blockWith("weld-servlet-core"));
        int listed = 0;
        while (dependency.find()) {
            listed++;
            if (!dependency.group(1).equals("session-jwt")) {
                String jar = dependency.group(1) + "-" + dependency.group(2) + ".jar";
                assertThat(jar + " among " + jars, jars.contains(jar), is(true));
            }
        }
        assertThat(listed >= 5, is(true));
    }

    @Test
    void theStarterSnippetsAreTheStartersStarterItDeploys() {
        StarterTestBase.assertTheTomcatPageGivesTheStartersStarterItDeploys();
    }
}
