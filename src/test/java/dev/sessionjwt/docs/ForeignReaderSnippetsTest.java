package dev.sessionjwt.docs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The readers outside the JVM that readers.md shows are the files {@code ForeignReadersIT} runs against the demo
 * ({@code src-it/readers}), word for word; they stay short, take everything from the discovery document, and the page
 * installs the jose that {@code reader.mjs} pins.
 */
class ForeignReaderSnippetsTest {

    private static final MarkdownPage PAGE = MarkdownPage.of(MarkdownPage.PAGES.resolve("readers.md"));
    private static final Path READERS = Path.of("src-it", "readers");
    private static final Pattern JOSE = Pattern.compile("jose@([0-9][^\\s`]*)");

    @Test
    void thePythonReaderOnThePageIsTheTestedFile() throws IOException {
        assertThat(PAGE.codeBlocks("python"), contains(read("reader.py")));
    }

    @Test
    void theNodeReaderOnThePageIsTheTestedFile() throws IOException {
        assertThat(PAGE.codeBlocks("js"), contains(read("reader.mjs")));
    }

    @Test
    void eachReaderIsUnderSixtyLines() throws IOException {
        for (String reader : List.of("reader.py", "reader.mjs")) {
            assertThat(reader, read(reader).lines().count(), lessThan(60L));
        }
    }

    @Test
    void theReadersNameNothingTheDiscoveryDocumentSays() throws IOException {
        // the demo's issuer, algorithm, cookie, session field and claim names: a reader takes them from the document
        List<String> demoValues = List.of("session-jwt-demo", "ES256", "RS256", "JSESSIONID", "\"sk\"", "\"e\"",
                "email");
        for (String reader : List.of("reader.py", "reader.mjs")) {
            for (String value : demoValues) {
                assertThat(reader, read(reader), not(containsString(value)));
            }
        }
    }

    @Test
    void thePageInstallsTheJoseThatReaderMjsPins() throws IOException {
        List<String> pinned = versions(read("reader.mjs"));
        assertThat(pinned, is(not(empty())));
        List<String> onThePage = versions(Files.readString(PAGE.file(), StandardCharsets.UTF_8));
        assertThat(onThePage, is(not(empty())));
        for (String version : onThePage) {
            assertThat(version, equalTo(pinned.get(0)));
        }
    }

    private static List<String> versions(String text) {
        List<String> versions = new ArrayList<>();
        Matcher jose = JOSE.matcher(text);
        while (jose.find()) {
            versions.add(jose.group(1));
        }
        return versions;
    }

    private static String read(String reader) throws IOException {
        return Files.readString(READERS.resolve(reader), StandardCharsets.UTF_8);
    }
}
