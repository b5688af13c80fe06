package dev.sessionjwt.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shape of the build: the library's pom.xml builds the library and runs the projects under src-it, each a Maven
 * project of its own with only its own server; none of them hides jars from its class path, each tests the library of
 * the same version, and the launcher profiles of the library's pom.xml pass on the same defaults the projects have.
 */
class IntegrationProjectsTest {

    private static final Path TOP = Path.of("pom.xml");
    private static final Path PROJECTS = Path.of("src-it");
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern VERSION = Pattern.compile("<version>([^<]+)</version>");
    private static final Pattern PROPERTY = Pattern.compile("<([a-z][\\w.]*)>([^<]*)</\\1>");

    @Test
    void theProjectsAreTheServersTheClusterTheBrowserTheDemoAndTheBenchmarks() throws IOException {
        assertThat(projects(), equalTo(new TreeSet<>(List.of("bench", "browser", "cluster", "common", "demo",
                "glassfish", "glassfish8", "liberty", "liberty11", "payara", "payara7", "tomcat", "tomcat-bare", "tomcat11",
                "wildfly", "wildfly39"))));
    }

    @Test
    void noPomHidesJarsFromATestClassPath() throws IOException {
        List<String> hiding = new ArrayList<>();
        for (Path pom : poms()) {
            if (read(pom).contains("classpathDependencyExclude")) {
                hiding.add(pom.toString());
            }
        }
        assertThat(hiding, is(empty()));
    }

    @Test
    void everyProjectTestsTheLibraryOfTheSameVersion() throws IOException {
        String library = projectVersion(read(TOP));

        assertThat(projectVersion(read(PROJECTS.resolve("pom.xml"))), equalTo(library));
        for (String project : projects()) {
            String pom = read(PROJECTS.resolve(project).resolve("pom.xml"));
            assertThat(project, pom.contains("<artifactId>session-jwt-it-parent</artifactId>\n        <version>"
                    + library + "</version>"), is(true));
        }
    }

    @Test
    void theLibrarysPomNamesNoServerAndNoTestFramework() throws IOException {
        String top = read(TOP);
        List<String> artifacts = new ArrayList<>();
        Matcher artifact = ARTIFACT.matcher(top);
        while (artifact.find()) {
            artifacts.add(artifact.group(1));
        }

        assertThat(artifacts, hasItems("jose4j", "jakarta.jakartaee-api", "maven-invoker-plugin"));
        for (String name : artifacts) {
            for (String server : List.of("payara", "glassfish", "wildfly", "openliberty", "arquillian", "selenium",
                    "jmh")) {
                assertThat(name, name.contains(server), is(false));
            }
        }
        assertThat("a BOM import", top.contains("<scope>import</scope>"), is(false));
    }

    @Test
    void everyPropertyALauncherProfilePassesOnHasTheProjectsDefault() throws IOException {
        String top = read(TOP);
        String benchPom = read(PROJECTS.resolve("bench").resolve("pom.xml"));
        int checked = 0;
        for (String profile : List.of("bench-jmh", "bench-http", "bench-cluster")) {
            Map<String, String> defaults = properties(profile(benchPom, profile));
            for (Map.Entry<String, String> passed : properties(profile(top, profile)).entrySet()) {
                if (defaults.containsKey(passed.getKey())) {
                    assertThat(profile + " " + passed.getKey(), passed.getValue(),
                            equalTo(defaults.get(passed.getKey())));
                    checked++;
                }
            }
        }
        assertThat(checked > 15, is(true));
        Map<String, String> demo = properties(read(PROJECTS.resolve("demo").resolve("pom.xml")));
        assertThat(properties(profile(top, "demo")).get("demo.port"), equalTo(demo.get("demo.port")));
    }

    @Test
    void theReadmeSaysHowToRunOneProject() throws IOException {
        assertThat(read(Path.of("README.md")).contains("mvn -B verify -Dit.project="), is(true));
        assertThat(read(TOP).contains("<pomInclude>${it.project}/pom.xml</pomInclude>"), is(true));
        assertThat(projects(), hasItems("wildfly", "liberty"));
    }

    /** The folders under src-it that hold a pom.xml. */
    private static TreeSet<String> projects() throws IOException {
        try (Stream<Path> entries = Files.list(PROJECTS)) {
            TreeSet<String> names = new TreeSet<>();
            entries.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml")))
                    .forEach(dir -> names.add(dir.getFileName().toString()));
            return names;
        }
    }

    private static List<Path> poms() throws IOException {
        List<Path> poms = new ArrayList<>(List.of(TOP, PROJECTS.resolve("pom.xml")));
        for (String project : projects()) {
            poms.add(PROJECTS.resolve(project).resolve("pom.xml"));
        }
        return poms;
    }

    /** The version of the project itself: the first version after its artifactId outside the parent element. */
    private static String projectVersion(String pom) {
        String afterParent = pom.contains("</parent>") ? pom.substring(pom.indexOf("</parent>")) : pom;
        Matcher version = VERSION.matcher(afterParent);
        assertThat(version.find(), is(true));
        return version.group(1);
    }

    /** The text of the profile with this id. */
    private static String profile(String pom, String id) {
        int start = pom.indexOf("<id>" + id + "</id>");
        assertThat(id, start >= 0, is(true));
        return pom.substring(start, pom.indexOf("</profile>", start));
    }

    /** The first {@code <properties>} element's entries in this text. */
    private static Map<String, String> properties(String text) {
        int start = text.indexOf("<properties>");
        Map<String, String> properties = new LinkedHashMap<>();
        if (start < 0) {
            return properties;
        }
        Matcher property = PROPERTY.matcher(text.substring(start, text.indexOf("</properties>", start)));
        while (property.find()) {
            properties.put(property.group(1), property.group(2));
        }
        return properties;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
