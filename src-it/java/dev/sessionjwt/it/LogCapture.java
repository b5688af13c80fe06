package dev.sessionjwt.it;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Captures java.util.logging records of the embedded server (it runs in the test JVM) from the root logger. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final SimpleFormatter formatter = new SimpleFormatter();
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    /** Starts capturing on the root logger; {@link #stop()} (or close) ends it. */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Stops capturing; the records so far stay available. */
    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** The captured records. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Each record's formatted message, followed by the message of its exception and of every cause. */
    public List<String> messages() {
        return messages(Level.ALL);
    }

    /** As {@link #messages()}, for the records at {@code level} or above only. */
    public synchronized List<String> messages(Level level) {
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

    private String format(LogRecord record) {
        try {
            return formatter.formatMessage(record);
        } catch (RuntimeException e) {
            return String.valueOf(record.getMessage());
        }
    }
}
