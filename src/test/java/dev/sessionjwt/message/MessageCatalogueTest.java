package dev.sessionjwt.message;

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

/**
 * Unit tests of the message catalogue {@link Message}: stable, unique ids; valid patterns; the README's message
 * table lists exactly the catalogue's messages at their levels; no message id is written anywhere else in the
 * library's code.
 */
class MessageCatalogueTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(SJWT\\d{4})` \\| (\\w+) \\| ([^|]+) \\| ([^|]+) \\|$");
    private static final Pattern ID_LITERAL = Pattern.compile("\"SJWT\\d{4}");

    /** Id to level name, from the README's message table. */
    private static Map<String, String> readmeTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Messages");
        assertThat("the README has a section \"## Messages\"", start >= 0, is(true));
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("## ") && !line.equals("## Messages")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                assertThat("listed once: " + row.group(1), rows.put(row.group(1), row.group(2)) == null, is(true));
                assertThat("meaning and what to do of " + row.group(1), row.group(3).isBlank()
                        || row.group(4).isBlank(), is(false));
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
    void everyMessageIsInTheReadmeTableAtItsLevel() throws IOException {
        Map<String, String> readme = readmeTable();
        List<String> missing = new ArrayList<>();
        catalogue().forEach((id, level) -> {
            if (!level.equals(readme.get(id))) {
                missing.add(id + " " + level + " (README: " + readme.get(id) + ")");
            }
        });

        assertThat("catalogue messages missing from the README table or at another level", missing, is(empty()));
    }

    @Test
    void theReadmeTableNamesNoMessageThatDoesNotExist() throws IOException {
        List<String> unknown = new ArrayList<>(readmeTable().keySet());
        unknown.removeAll(catalogue().keySet());

        assertThat("README rows without a catalogue message", unknown, is(empty()));
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
                    + " session id"));
            assertThat(records.get(0).getThrown(), is(thrown));
            assertThat(records.get(0).getSourceClassName(), is(MessageCatalogueTest.class.getName()));
            assertThat(records.get(1).getMessage(), is("SJWT0047: claims provider app.Provider returned the claim"
                    + " \"it's\", which is reserved or already set; it is dropped"));
        } finally {
            logger.setFilter(null);
        }
    }
}
