package dev.sessionjwt.internal.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.docs.MarkdownPage;

/**
 * Unit tests of the message catalogue {@link Message}: stable, unique ids; valid patterns; the message table of
 * {@code src/site/markdown/messages.md} lists exactly the catalogue's messages at their levels, each row with its
 * anchor; no message id is written anywhere else in the library's code.
 */
class MessageCatalogueTest {

    /** The page with the message table, relative to the project's base directory. */
    static final Path MESSAGES_PAGE = Path.of("src", "site", "markdown", "messages.md");
    private static final Pattern ROW = Pattern.compile(
            "^\\| (?:<a name=\"(sjwt\\d{4})\"></a>)?`(SJWT\\d{4})` \\| (\\w+) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern ID_LITERAL = Pattern.compile("\"SJWT\\d{4}");

    /** Id to level name, from the message table of {@link #MESSAGES_PAGE}. */
    private static Map<String, String> messageTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(MESSAGES_PAGE, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String id = row.group(2);
                assertThat("listed once: " + id, rows.put(id, row.group(3)) == null, is(true));
                assertThat("the row of " + id + " starts with its anchor <a name=\"" + id.toLowerCase(Locale.ROOT)
                        + "\"></a>", id.toLowerCase(Locale.ROOT).equals(row.group(1)), is(true));
                assertThat("meaning and what to do of " + id, row.group(4).isBlank() || row.group(5).isBlank(),
                        is(false));
            }
        }
        return rows;
    }

    private static Map<String, String> catalogue() {
        return Arrays.stream(Message.values()).collect(Collectors.toMap(Message::id, m -> m.level().getName(),
                (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void everyIdIsSjwtAndFourDigitsAndUsedOnce() {
        List<String> ids = Arrays.stream(Message.values()).map(Message::id).toList();

        assertThat(ids.stream().filter(id -> !id.matches("SJWT\\d{4}")).toList(), is(empty()));
        assertThat(ids.size(), is(new TreeSet<>(ids).size()));
    }

    @Test
    void everyTextIsAValidPatternThatFormatsWithoutArguments() {
        for (Message message : Message.values()) {
            assertDoesNotThrow(() -> new MessageFormat(message.text()), message.name());
            assertThat(message.format().startsWith(message.id() + ": "), is(true));
        }
    }

    @Test
    void everyMessageIsInTheMessageTableAtItsLevel() throws IOException {
        Map<String, String> table = messageTable();
        List<String> missing = new ArrayList<>();
        catalogue().forEach((id, level) -> {
            if (!level.equals(table.get(id))) {
                missing.add(id + " " + level + " (messages.md: " + table.get(id) + ")");
            }
        });

        assertThat("catalogue messages missing from the table in messages.md or at another level", missing, is(empty()));
    }

    @Test
    void theMessageTableNamesNoMessageThatDoesNotExist() throws IOException {
        List<String> unknown = new ArrayList<>(messageTable().keySet());
        unknown.removeAll(catalogue().keySet());

        assertThat("rows of messages.md without a catalogue message", unknown, is(empty()));
    }

    @Test
    void everyMessageEndsWithThePageAndAnchorThatExplainIt() {
        MarkdownPage root = MarkdownPage.of(Path.of("README.md"));
        List<String> unexplained = new ArrayList<>();
        for (Message message : Message.values()) {
            String formatted = message.format();
            if (!formatted.endsWith(" [see " + message.page() + "]")
                    || !message.page().equals(MESSAGES_PAGE.toString().replace('\\', '/') + "#"
                            + message.id().toLowerCase(Locale.ROOT))
                    || root.problemOf(message.page()) != null) {
                unexplained.add(message.id() + ": " + formatted + " (" + root.problemOf(message.page()) + ")");
            }
        }

        assertThat(unexplained, is(empty()));
    }

    @Test
    void everyPageAMessageNamesExists() {
        Pattern pageReference = Pattern.compile("src/site/markdown/[\\w.-]+\\.md(#[\\w-]+)?");
        MarkdownPage root = MarkdownPage.of(Path.of("README.md"));
        List<String> texts = new ArrayList<>();
        Arrays.stream(Message.values()).forEach(message -> texts.add(message.format()));
        Arrays.stream(ServerAdvice.values()).forEach(server -> {
            texts.add(server.microProfileConfig());
            server.noClusterStore().ifPresent(texts::add);
        });
        List<String> dead = new ArrayList<>();
        int references = 0;
        for (String text : texts) {
            Matcher reference = pageReference.matcher(text);
            while (reference.find()) {
                references++;
                String problem = root.problemOf(reference.group());
                if (problem != null) {
                    dead.add(reference.group() + ": " + problem);
                }
            }
        }

        assertThat(references > Message.values().length, is(true));
        assertThat(dead, is(empty()));
    }

    @Test
    void noMessageIdIsWrittenOutsideTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("message", "Message.java"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (ID_LITERAL.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        }

        assertThat("string literals starting with a message id; use Message instead", found, is(empty()));
    }

    @Test
    void logWritesTheFormattedMessageAtItsLevelOnlyWhenTheLoggerTakesIt() {
        Logger logger = Logger.getLogger(MessageCatalogueTest.class.getName() + ".log");
        List<LogRecord> records = new ArrayList<>();
        logger.setFilter(record -> !records.add(record));
        logger.setUseParentHandlers(false);
        try {
            logger.setLevel(Level.INFO);
            Message.COOKIE_REJECTED.log(logger, "EXPIRED", "exp in the past");
            IllegalStateException thrown = new IllegalStateException("boom");
            Message.NEW_SESSION_TOKEN_FAILED.log(logger, thrown);
            Message.PROVIDER_CLAIM_DROPPED.log(logger, "app.Provider", "it's");

            assertThat(records.size(), is(2));
            assertThat(records.get(0).getLevel(), is(Level.SEVERE));
            assertThat(records.get(0).getMessage(), is("SJWT0104: session-jwt could not issue a token for a new"
                    + " session id [see src/site/markdown/messages.md#sjwt0104]"));
            assertThat(records.get(0).getThrown(), is(thrown));
            assertThat(records.get(0).getSourceClassName(), is(MessageCatalogueTest.class.getName()));
            assertThat(records.get(1).getMessage(), is("SJWT0047: claims provider app.Provider returned the claim"
                    + " \"it's\", which is reserved or already set; it is dropped"
                    + " [see src/site/markdown/messages.md#sjwt0047]"));
        } finally {
            logger.setFilter(null);
        }
    }
}
