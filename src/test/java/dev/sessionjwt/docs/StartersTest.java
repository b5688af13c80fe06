package dev.sessionjwt.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Tomcat starters under src/starters, published with the library: each a Maven project of its own (no parent, so a
 * user's build resolves it from its own POM), of the library's version, depending on the library or on its sibling
 * starter of that version, bringing the versions the Tomcat projects under src-it test with, and nothing for tests.
 * The library's pom.xml builds and installs them before it runs the projects under src-it, also under -DskipTests.
 */
class StartersTest {

    private static final Path STARTERS = Path.of("src", "starters");
    private static final Path TOP = Path.of("pom.xml");
    private static final Path IT_PARENT = Path.of("src-it", "pom.xml");

    @Test
    void theStartersAreTheTwoTomcatLinesAndTheirSecurityVariants() throws IOException {
        try (Stream<Path> entries = Files.list(STARTERS)) {
            TreeSet<String> names = new TreeSet<>();
            entries.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .forEach(dir -> names.add(dir.getFileName().toString()));
            assertThat(names, equalTo(new TreeSet<>(List.of("tomcat", "tomcat-security", "tomcat11",
                    "tomcat11-security"))));
        }
    }

    @Test
    void eachIsOfTheLibrarysVersionAndDependsOnTheLibraryOfThatVersion() throws IOException {
        String library = first(read(TOP), "<version>([^<]+)</version>");
        for (String starter : List.of("tomcat", "tomcat-security", "tomcat11", "tomcat11-security")) {
            String pom = pom(starter);
            assertThat(starter, pom.contains("<parent>"), is(false));
            assertThat(starter, first(pom, "<artifactId>([^<]+)</artifactId>"), equalTo("session-jwt-" + starter));
            assertThat(starter, first(pom, "<version>([^<]+)</version>"), equalTo(library));
            String base = starter.endsWith("-security") ? "session-jwt-" + starter.replace("-security", "") : "session-jwt";
            assertThat(starter, pom.contains("<artifactId>" + base + "</artifactId>\n            <version>${project.version}"
                    + "</version>"), is(true));
            assertThat(starter, pom.contains("<scope>"), is(false));
            assertThat(starter, pom.contains("<dependencyManagement>"), is(false));
        }
    }

    @Test
    void eachBringsTheVersionsTheTomcatProjectsTestWith() throws IOException {
        String it = read(IT_PARENT);
        assertThat(dependencyVersion(pom("tomcat"), "weld-servlet-core"), equalTo(property(it, "weld.version")));
        assertThat(dependencyVersion(pom("tomcat11"), "weld-servlet-core"), equalTo(property(it, "weld6.version")));
        for (String starter : List.of("tomcat", "tomcat11")) {
            assertThat(dependencyVersion(pom(starter), "smallrye-config"), equalTo(property(it, "smallrye.config.version")));
            assertThat(dependencyVersion(pom(starter), "microprofile-config-api"), equalTo("3.1"));
        }
        assertThat(dependencyVersion(pom("tomcat11-security"), "soteria"), equalTo(property(it, "soteria4.version")));
        assertThat(it.contains("<artifactItem><groupId>org.glassfish.soteria</groupId><artifactId>jakarta.security.enterprise"
                + "</artifactId><version>" + dependencyVersion(pom("tomcat-security"), "jakarta.security.enterprise")
                + "</version></artifactItem>"), is(true));
    }

    @Test
    void theLibrarysBuildInstallsThemBeforeTheProjectsUnderSrcItAndUnderSkipTests() throws IOException {
        String top = read(TOP);
        int starters = top.indexOf("<id>starters</id>");
        assertThat(starters > 0 && starters < top.indexOf("<id>integration-tests</id>"), is(true));
        String execution = top.substring(starters, top.indexOf("</execution>", starters));
        assertThat(execution.contains("<projectsDirectory>src/starters</projectsDirectory>"), is(true));
        assertThat(execution.contains("<skipInvocation>false</skipInvocation>"), is(true));
        assertThat(execution.contains("<skipInstallation>false</skipInstallation>"), is(true));
    }

    private static String pom(String starter) throws IOException {
        return read(STARTERS.resolve(starter).resolve("pom.xml"));
    }

    private static String dependencyVersion(String pom, String artifactId) {
        return first(pom, "<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*<version>([^<]+)</version>");
    }

    private static String property(String pom, String name) {
        return first(pom, "<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">");
    }

    /** The first group of the first match, after the project's own {@code <modelVersion>}. */
    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(regex, matcher.find(text.indexOf("<modelVersion>")), is(true));
        return matcher.group(1);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
