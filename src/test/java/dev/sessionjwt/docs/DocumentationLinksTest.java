package dev.sessionjwt.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Unit tests of the documentation as a code host shows it: every relative link of README.md and of the pages under
 * {@code src/site/markdown} reaches an existing file and, in a Markdown file, an existing anchor; the README stays short
 * and links to one page per server.
 */
class DocumentationLinksTest {

    @Test
    void everyRelativeLinkAndAnchorResolves() {
        List<String> dead = new ArrayList<>();
        for (Path file : MarkdownPage.documentation()) {
            MarkdownPage page = MarkdownPage.of(file);
            for (String target : page.links()) {
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                String problem = page.problemOf(target);
                if (problem != null) {
                    dead.add(file + ": (" + target + ") " + problem);
                }
            }
        }

        assertThat("dead links", dead, is(empty()));
    }

    @Test
    void aDeadLinkOrAnchorIsFound() {
        MarkdownPage readme = MarkdownPage.of(Path.of("README.md"));

        assertThat(readme.problemOf("#quick-start"), is((String) null));
        assertThat(readme.problemOf("#no-such-section") != null, is(true));
        assertThat(readme.problemOf("src/site/markdown/keys.md#no-such-section") != null, is(true));
        assertThat(readme.problemOf("src/site/markdown/no-such-page.md") != null, is(true));
    }

    @Test
    void headingsGetTheAnchorsACodeHostGivesThem() {
        assertThat(MarkdownPage.slug("Testing your application: `SessionJwtClient`"),
                is("testing-your-application-sessionjwtclient"));
        assertThat(MarkdownPage.slug("Open Liberty 25 (and WebSphere Liberty)"), is("open-liberty-25-and-websphere-liberty"));
    }

    @Test
    void theReadmeIsShortAndLinksOnePagePerServer() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);

        assertThat(lines.size(), lessThanOrEqualTo(400));
        assertThat(MarkdownPage.of(Path.of("README.md")).links(), hasItems("src/site/markdown/payara.md",
                "src/site/markdown/glassfish.md", "src/site/markdown/wildfly.md", "src/site/markdown/liberty.md",
                "src/site/markdown/tomcat.md"));
    }
}
