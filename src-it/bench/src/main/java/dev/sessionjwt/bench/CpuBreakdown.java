package dev.sessionjwt.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU goes in a JFR recording of a {@code bench-http} run: the execution samples of the server's
 * request threads, each counted once in the first category its stack matches (the JCA signature's elliptic-curve or
 * RSA arithmetic, the platform's random numbers, the library's own code, a SHA-2 digest outside the library, else the
 * container and the application), and for the library's samples, which of its methods was running.
 *
 * <pre>
 * mvn -Pbench-http -Dbench.variants=ES256 -Dbench.patterns=first-visit,login \
 *     "-Dbench.jvm.options=-XX:FlightRecorderOptions:stackdepth=1024 -XX:StartFlightRecording=filename=target/run.jfr,settings=profile"
 * java -cp src-it/bench/target/classes dev.sessionjwt.bench.CpuBreakdown src-it/bench/target/run.jfr
 * </pre>
 */
public final class CpuBreakdown {

    /** What a sample's stack is spent on, in the order they are tested. */
    public enum Category {
        /** The JCA signature's arithmetic (the platform's elliptic-curve, RSA and big-integer code). */
        SIGNATURE_ARITHMETIC("the JCA signature's arithmetic", "sun.security.ec.", "sun.security.util.math.",
                "sun.security.rsa.", "java.math.BigInteger."),
        /** The platform's random numbers (a token's {@code jti}, ECDSA's nonce source). */
        RANDOM("random numbers", "java.security.SecureRandom.", "sun.security.provider.NativePRNG",
                "sun.security.provider.DRBG", "sun.security.provider.HashDrbg"),
        /**
         * A sample whose frame nearest the leaf, past the JDK's and the Jakarta APIs' own, is the library's: its own
         * code and the JDK code it calls (JSON, base64, the memory's SHA-256), not the container's it calls, nor what
         * runs behind its filter (the benchmark's own classes are not the library).
         */
        LIBRARY("the library's own code", "dev.sessionjwt."),
        /** A SHA-2 digest with no library frame. */
        DIGEST("SHA-2 digests outside the library", "sun.security.provider.SHA"),
        /** Everything else: the container's request handling, sessions, the benchmark application. */
        CONTAINER("the container and the application");

        private final String label;
        private final List<String> prefixes;

        Category(String label, String... prefixes) {
            this.label = label;
            this.prefixes = List.of(prefixes);
        }

        /** @return how the report names the category */
        public String label() {
            return label;
        }

        boolean matches(String frame) {
            return prefixes.stream().anyMatch(frame::startsWith)
                    && !(this == LIBRARY && frame.startsWith(BENCHMARK_CODE));
        }
    }

    /** The benchmark's own classes (its applications among them): not the library. */
    private static final String BENCHMARK_CODE = "dev.sessionjwt.bench.";

    private final Map<Category, Integer> counts = new EnumMap<>(Category.class);
    private final Map<String, Integer> libraryLeaves = new TreeMap<>();
    private int samples;

    private CpuBreakdown() {
    }

    /**
     * @param recording a JFR recording with {@code jdk.ExecutionSample} events
     * @param threadPrefix the names of the request threads begin with this ({@code http-thread-pool} on Payara)
     * @return the breakdown of those threads' samples
     * @throws IOException if the recording cannot be read
     */
    public static CpuBreakdown of(Path recording, String threadPrefix) throws IOException {
        CpuBreakdown breakdown = new CpuBreakdown();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            RecordedStackTrace stack = event.getStackTrace();
            if (thread == null || stack == null || thread.getJavaName() == null
                    || !thread.getJavaName().startsWith(threadPrefix)) {
                continue;
            }
            breakdown.add(stack.getFrames().stream().map(CpuBreakdown::name).toList());
        }
        return breakdown;
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private void add(List<String> frames) {
        samples++;
        Category category;
        String leaf = frames.stream().filter(frame -> !isPlatform(frame)).findFirst().orElse("");
        if (frames.stream().anyMatch(Category.SIGNATURE_ARITHMETIC::matches)) {
            category = Category.SIGNATURE_ARITHMETIC;
        } else if (frames.stream().anyMatch(Category.RANDOM::matches)) {
            category = Category.RANDOM;
        } else if (Category.LIBRARY.matches(leaf)) {
            category = Category.LIBRARY;
            libraryLeaves.merge(leaf, 1, Integer::sum);
        } else if (frames.stream().anyMatch(Category.DIGEST::matches)) {
            category = Category.DIGEST;
        } else {
            category = Category.CONTAINER;
        }
        counts.merge(category, 1, Integer::sum);
    }

    /** The JDK's and the Jakarta APIs' own frames, which run on behalf of whoever called them. */
    private static boolean isPlatform(String frame) {
        return frame.startsWith("java.") || frame.startsWith("javax.") || frame.startsWith("jdk.")
                || frame.startsWith("sun.") || frame.startsWith("com.sun.crypto.") || frame.startsWith("jakarta.");
    }

    /** @return the number of request-thread samples read */
    public int samples() {
        return samples;
    }

    /**
     * @param category a category
     * @return its share of the samples, 0 to 1
     */
    public double share(Category category) {
        return samples == 0 ? 0 : counts.getOrDefault(category, 0) / (double) samples;
    }

    /** @return the library method each library sample was in, with its count, most frequent first */
    public Map<String, Integer> libraryLeaves() {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        libraryLeaves.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * Prints the breakdown as a Markdown table.
     *
     * @param args the recording, and optionally the request threads' name prefix (default {@code http-thread-pool})
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CpuBreakdown RECORDING.jfr [THREAD-NAME-PREFIX]");
            System.exit(2);
        }
        CpuBreakdown breakdown = of(Path.of(args[0]), args.length > 1 ? args[1] : "http-thread-pool");
        System.out.println("request-thread samples: " + breakdown.samples());
        System.out.println("| Where | Share of the samples |");
        System.out.println("|---|---:|");
        for (Category category : Category.values()) {
            System.out.printf(Locale.ROOT, "| %s | %.1f %% |%n", category.label(), 100 * breakdown.share(category));
        }
        System.out.println();
        System.out.println("| Library frame nearest the leaf | Samples |");
        System.out.println("|---|---:|");
        breakdown.libraryLeaves().entrySet().stream().limit(15)
                .forEach(e -> System.out.println("| `" + e.getKey() + "` | " + e.getValue() + " |"));
    }
}
