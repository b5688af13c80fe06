package dev.sessionjwt.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures the server's log while it is open: the java.util.logging records of an embedded server (it runs in the test
 * JVM) from the root logger, or, for a managed server in its own JVM, the lines its log file (system property
 * {@value #SERVER_LOG}) gained meanwhile.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    /** A line of Liberty's messages.log: time, thread, logger, one-letter level, message. */
    private static final Pattern LIBERTY_LINE = Pattern.compile("^\\[[^\\]]+\\] \\S+ \\S+\\s+[A-Z] (.*)$");
    /** A record's first line in Payara Micro's output (ODL): time, ..., level, ..., levelValue, then the message. */
    private static final Pattern PAYARA_LINE = Pattern.compile("^\\[\\d{4}-[^\\]]+\\] \\[[^\\]]*\\] \\[[A-Z]+\\] .*?"
            + "\\[levelValue: \\d+\\] (.*)$");
    /** A terminal colour code (Payara Micro colours its level and logger names). */
    private static final Pattern COLOUR = Pattern.compile("\u001B\\[[0-9;]*m");

    /** System property: the log file of a managed server. */
    public static final String SERVER_LOG = "it.server.log";

    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<LogRecord> records = new ArrayList<>();
    /** The managed server's log file and its length at the start, or null for an embedded server. */
    private final Path file;
    private final long from;
    private long to = -1;

    private LogCapture(Path file) {
        setLevel(Level.ALL);
        this.file = file;
        this.from = file == null ? 0 : length(file);
    }

    /** Starts capturing on the root logger, or from the end of a managed server's log; {@link #stop()} (or close) ends it. */
    public static LogCapture start() {
        if (!ServerUnderTest.current().isEmbedded()) {
            return new LogCapture(Path.of(System.getProperty(SERVER_LOG)));
        }
        LogCapture capture = new LogCapture(null);
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Stops capturing; the records so far stay available. */
    public synchronized void stop() {
        if (file == null) {
            Logger.getLogger("").removeHandler(this);
        } else if (to < 0) {
            to = length(file);
        }
    }

    /** The captured records. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Each record's formatted message, followed by the message of its exception and of every cause. */
    public List<String> messages() {
        return messages(Level.ALL);
    }

    /** As {@link #messages()}, for the records at {@code level} or above only (every line of a log file). */
    public synchronized List<String> messages(Level level) {
        if (file != null) {
            return fileLines();
        }
        List<String> messages = new ArrayList<>();
        for (LogRecord record : records) {
            if (record.getLevel().intValue() < level.intValue()) {
                continue;
            }
            messages.add(format(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause() == t ? null : t.getCause()) {
                messages.add(t.getClass().getName() + ": " + t.getMessage());
            }
        }
        return messages;
    }

    /** True if any of {@link #messages()} contains {@code text}. */
    public boolean contains(String text) {
        return messages().stream().anyMatch(m -> m != null && m.contains(text));
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        stop();
    }

    /** The lines the log file gained since the start (until {@link #stop()}), each without its timestamp and logger. */
    private List<String> fileLines() {
        long end = to >= 0 ? to : length(file);
        byte[] bytes = new byte[(int) Math.max(0, end - from)];
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            log.seek(from);
            log.readFully(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        boolean odlMessage = false;
        for (String raw : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            // GlassFish 8's server.log (ODL): "[time] [GF 8.0.0] [INFO] [] [logger] [tid: ...] [levelValue: 800] [[",
            // then the message on lines indented by two spaces, the last ending with "]]": keep the message alone
            if (odlMessage && raw.startsWith("  ")) {
                String message = raw.substring(2);
                odlMessage = !message.endsWith("]]");
                lines.add(odlMessage ? message : message.substring(0, message.length() - 2));
                continue;
            }
            odlMessage = raw.endsWith("] [[");
            // WildFly: "2026-12-01 15:20:08,541 ERROR [logger] (thread) message"; Liberty: "[12/1/26, 18:21:12:767 UTC]
            // 000000ad logger   I message"; Payara Micro: "[2026-12-07T02:30:19.241+0000] [] [INFO] [] [logger] [tid: ...]
            // [timeMillis: ...] [levelValue: 800] message": keep the message, so startsWith works
            String line = COLOUR.matcher(raw).replaceAll("");
            int thread = line.indexOf(") ");
            Matcher liberty = LIBERTY_LINE.matcher(line);
            Matcher payara = PAYARA_LINE.matcher(line);
            lines.add(line.matches("^\\d{4}-\\d\\d-\\d\\d .*") && thread > 0 ? line.substring(thread + 2)
                    : liberty.matches() ? liberty.group(1) : payara.matches() ? payara.group(1) : line);
        }
        return lines;
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String format(LogRecord record) {
        try {
            return formatter.formatMessage(record);
        } catch (RuntimeException e) {
            return String.valueOf(record.getMessage());
        }
    }
}
