package dev.sessionjwt.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The heap a live session costs in each application ({@code mvn -Pbench-http -Dbench.memory=true}): a class
 * histogram of the whole JVM (which forces a full GC) before and after opening the sessions (each created and
 * then used once, so it holds the application's {@code @SessionScoped} bean), the difference divided by their
 * number, in total and for the classes that grew most. The client drops the cookies, so only
 * the server's side is counted. The library's share is an application's figure minus the plain one's.
 */
final class HeapPerSession {

    private static final int TOP = 12;

    private HeapPerSession() {
    }

    /** Opens {@code sessions} sessions on each application in turn and prints what each costs. */
    static void measure(PrintStream out, HttpClient client, Map<String, SessionPool> apps, int sessions, int users,
            Optional<ProcessHandle> serverJvm) throws JMException, IOException, InterruptedException {
        Map<String, Double> perSession = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, SessionPool> app : apps.entrySet()) {
            Map<String, long[]> before = histogram(serverJvm);
            app.getValue().openUpTo(client, sessions, users, false);
            Map<String, long[]> after = histogram(serverJvm);
            long total = 0;
            Map<String, Long> growth = new HashMap<>();
            Map<String, Long> instances = new HashMap<>();
            for (Map.Entry<String, long[]> entry : after.entrySet()) {
                long[] was = before.getOrDefault(entry.getKey(), new long[2]);
                long bytes = entry.getValue()[1] - was[1];
                total += bytes;
                growth.put(entry.getKey(), bytes);
                instances.put(entry.getKey(), entry.getValue()[0] - was[0]);
            }
            for (Map.Entry<String, long[]> entry : before.entrySet()) {
                if (!after.containsKey(entry.getKey())) {
                    total -= entry.getValue()[1];
                }
            }
            perSession.put(app.getKey(), total / (double) sessions);
            out.printf(Locale.ROOT, "%n%s: %,d sessions, heap after a full GC grew %,d bytes: %.0f bytes per session."
                    + " Classes that grew most (instances and bytes per session):%n", app.getKey(), sessions, total,
                    total / (double) sessions);
            growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                    .forEach(e -> out.printf(Locale.ROOT, "  %8.2f %8.1f  %s%n",
                            instances.get(e.getKey()) / (double) sessions, e.getValue() / (double) sessions, e.getKey()));
        }
        Double plain = perSession.get("plain");
        out.println();
        out.println("| App | bytes per live session | beyond plain |");
        out.println("|---|---:|---:|");
        perSession.forEach((name, bytes) -> out.printf(Locale.ROOT, "| %s | %.0f | %s |%n", name, bytes,
                plain == null ? "-" : String.format(Locale.ROOT, "%+.0f", bytes - plain)));
    }

    /**
     * Class name to {instances, bytes}, from the server JVM's {@code GC.class_histogram} (which runs a full GC first):
     * this JVM's through its diagnostic MBean when the server is embedded, else the server's own through {@code jcmd}.
     */
    private static Map<String, long[]> histogram(Optional<ProcessHandle> serverJvm)
            throws JMException, IOException, InterruptedException {
        String text = serverJvm.isPresent() ? jcmdHistogram(serverJvm.get())
                : (String) ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : List.of(text.split("\n"))) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                try {
                    String name = parts[3] + (parts.length > 4 ? " " + parts[4] : "");
                    classes.merge(name, new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                } catch (NumberFormatException e) {
                    // header or total line
                }
            }
        }
        return classes;
    }

    /** {@code jcmd PID GC.class_histogram} with the JDK this JVM runs on; fails unless it succeeds. */
    private static String jcmdHistogram(ProcessHandle jvm) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(jvm.pid()), "GC.class_histogram").redirectErrorStream(true).start();
        String text = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0 || !text.contains("Total")) {
            throw new IllegalStateException("jcmd " + jvm.pid() + " GC.class_histogram failed: " + text);
        }
        return text;
    }
}
