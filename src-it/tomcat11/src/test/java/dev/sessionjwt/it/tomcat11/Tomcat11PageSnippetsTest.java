package dev.sessionjwt.it.tomcat11;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.ServerUnderTest;
import dev.sessionjwt.it.starter.StarterTestBase;

/**
 * The Tomcat page's table of what a Tomcat 11 WAR adds (section "Tomcat 11" of src/site/markdown/tomcat.md) against
 * the jars every Tomcat 11 test WAR carries ({@value ServerUnderTest#LIBS}): each row is one of them, at that version;
 * and the page's Tomcat 11 starters are the ones StarterIT deploys.
 */
class Tomcat11PageSnippetsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([\\w.-]+):([\\w.-]+)` \\| ([\\w.-]+) \\|",
            Pattern.MULTILINE);

    @Test
    void everyDependencyTheTomcat11SectionListsIsAJarOfTheWars() throws IOException {
        String page = Files.readString(Path.of("..", "..", "src", "site", "markdown", "tomcat.md"),
                StandardCharsets.UTF_8);
        int start = page.indexOf("\n## Tomcat 11\n");
        assertThat("tomcat.md has a section Tomcat 11", start >= 0, is(true));
        int end = page.indexOf("\n## ", start + 1);
        String section = page.substring(start, end < 0 ? page.length() : end);

        List<String> jars = new ArrayList<>();
        for (String path : System.getProperty(ServerUnderTest.LIBS, "").split(File.pathSeparator)) {
            File[] files = new File(path).listFiles();
            for (File jar : files == null ? new File[0] : files) {
                jars.add(jar.getName());
            }
        }
        Matcher row = ROW.matcher(section);
        int listed = 0;
        while (row.find()) {
            listed++;
            assertThat(jars, hasItem(row.group(2) + "-" + row.group(3) + ".jar"));
        }
        assertThat(listed >= 5, is(true));
    }

    @Test
    void theStarterSnippetsAreTheStartersStarterItDeploys() {
        StarterTestBase.assertTheTomcatPageGivesTheStartersStarterItDeploys();
    }
}
