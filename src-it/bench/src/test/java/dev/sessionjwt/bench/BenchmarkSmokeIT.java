package dev.sessionjwt.bench;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.it.LaunchedProcess;

/**
 * The smallest run of each benchmark, through its real entry point in a JVM of its own, with the class path and the
 * library's jars the profiles bench-jmh, bench-http and bench-cluster (both of its benchmarks) give it (system properties of the same names,
 * set by this project's pom): each finishes, exits 0 and prints its table. It measures nothing: it keeps the
 * commands of src/site/markdown/performance.md working. The HTTP benchmark runs on the server of {@code bench.server}
 * (invoker.properties: all three on embedded Payara, then the HTTP one alone on each Jakarta EE 11 server, Tomcat 11,
 * Payara Micro 7 and WildFly Preview 39, on the JDK 21+ of the toolchain execution {@code ee11-jdk}, which this test's
 * JVM then runs on, with the profile's {@code bench.server.options} for a server in a process of its own).
 */
class BenchmarkSmokeIT {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);

    @Test
    void jmhRunsTwoBenchmarkClassesForOneAlgorithmAndPrintsTheirTables() throws Exception {
        List<String> command = java();
        command.addAll(List.of("-Dbench.forks=1", "-Dbench.warmup=0", "-Dbench.iterations=1",
                "-Dbench.algorithms=HS256", "-Dbench.benchmarks=VerifyBenchmark,EndedSessionsFeedBenchmark",
                "-classpath", required("bench.jmh.classpath"), JmhBenchmarks.class.getName()));
        String output = run("JMH", command);

        assertFound(output, "Session-sized token: ");
        assertFound(output, "\\| HS256 \\| [0-9]");
        assertFound(output, "\\| 100,000 sessions \\| [0-9][0-9,]* \\[[0-9,]*-[0-9,]*\\] \\| [0-9]");
    }

    @Test
    void theHttpBenchmarkServesBothApplicationsInEveryPatternAndPrintsItsTables() throws Exception {
        List<String> command = java();
        command.addAll(LaunchedProcess.arguments(required("it.argLine")));
        // where a child-process server is and how it binds (WildFly Preview 39, Payara Micro 7), as the profile passes it
        command.addAll(LaunchedProcess.arguments(System.getProperty("bench.server.options", "")));
        command.addAll(List.of("-Xmx1g", "-Dit.server=" + required("bench.server"),
                "-Dit.server.libs=" + System.getProperty("it.server.libs", ""), "-Dbench.variants=plain,HS256", "-Dbench.sessions=20",
                "-Dbench.patterns=steady,first-visit,login", "-Dbench.users=2", "-Dbench.rounds=1",
                "-Dbench.round.seconds=1", "-Dbench.warmup.seconds=1", "-Dbench.round.requests=2000",
                "-Dsessionjwt.jar=" + required("sessionjwt.jar"), "-Djose4j.jar=" + required("jose4j.jar"),
                "-Dsessionjwt.libs=" + required("sessionjwt.libs"),
                "-classpath", required("bench.classpath"), HttpBenchmark.class.getName()));
        String output = run("the HTTP benchmark", command);

        assertFound(output, "HTTP benchmark, ");
        for (String pattern : List.of("steady", "first-visit", "login")) {
            assertFound(output, "BENCH " + pattern + " round 1 HS256: [1-9][0-9]* requests");
        }
        assertFound(output, "\\| HS256 \\| [1-9]");
    }

    /**
     * {@code -Dbench.memory=true}: the class histograms are the server JVM's (this JVM's diagnostic MBean for an embedded
     * server, {@code jcmd} on the server's own JVM for a child process, which fails the run if it cannot attach).
     */
    @Test
    void theHeapPerSessionIsMeasuredInTheServersJvmAndPrintedPerApplication() throws Exception {
        List<String> command = java();
        command.addAll(LaunchedProcess.arguments(required("it.argLine")));
        command.addAll(LaunchedProcess.arguments(System.getProperty("bench.server.options", "")));
        command.addAll(List.of("-Xmx1g", "-Dit.server=" + required("bench.server"),
                "-Dit.server.libs=" + System.getProperty("it.server.libs", ""), "-Dbench.variants=plain,HS256",
                "-Dbench.sessions=200", "-Dbench.memory=true", "-Dbench.users=2",
                "-Dsessionjwt.jar=" + required("sessionjwt.jar"), "-Djose4j.jar=" + required("jose4j.jar"),
                "-Dsessionjwt.libs=" + required("sessionjwt.libs"),
                "-classpath", required("bench.classpath"), HttpBenchmark.class.getName()));
        String output = run("the HTTP benchmark's heap measure", command);

        assertFound(output, "plain: 200 sessions, heap after a full GC grew -?[0-9,]+ bytes");
        assertFound(output, "HS256: 200 sessions, heap after a full GC grew -?[0-9,]+ bytes");
        assertFound(output, "\\| plain \\| -?[0-9]+ \\| \\+0 \\|");
        assertFound(output, "\\| HS256 \\| -?[0-9]+ \\| [+-][0-9]+ \\|");
    }

    @Test
    void theClusterBenchmarkRunsTwoNodesPerVariantOnLoopbackAndPrintsItsTable() throws Exception {
        List<String> command = new ArrayList<>(List.of(required("java.loopback.only")));
        command.addAll(List.of("-Dbench.variants=plain,HS256", "-Dbench.requests=20", "-Dbench.rounds=1",
                "-Dbench.warmup=10", "-Dpayara.micro.jar=" + required("payara.micro.jar"),
                "-Dsessionjwt.jar=" + required("sessionjwt.jar"), "-Djose4j.jar=" + required("jose4j.jar"),
                "-Dsessionjwt.libs=" + required("sessionjwt.libs"),
                "-classpath", required("bench.classpath"), ClusterBenchmark.class.getName()));
        String output = run("the cluster benchmark", command);

        assertFound(output, "round 1 of 1 done");
        assertFound(output, "\\nHS256 +\\S+ +[0-9]");
        assertFound(output, "\\nplain +\\S+ +[0-9]");
    }

    @Test
    void theLogoutLatencyBenchmarkMeasuresEveryReaderOnTwoNodesAndPrintsItsTable() throws Exception {
        List<String> command = new ArrayList<>(List.of(required("java.loopback.only")));
        command.addAll(List.of("-Dbench.samples=2", "-Dbench.clients=2",
                "-Dbench.python.reader=" + required("bench.python.reader"),
                "-Dpayara.micro.jar=" + required("payara.micro.jar"),
                "-Dsessionjwt.jar=" + required("sessionjwt.jar"), "-Djose4j.jar=" + required("jose4j.jar"),
                "-Dsessionjwt.libs=" + required("sessionjwt.libs"),
                "-classpath", String.join(File.pathSeparator, required("bench.classpath"), required("sessionjwt.jar"),
                        required("jose4j.jar")), LogoutLatencyBenchmark.class.getName()));
        String output = run("the logout latency benchmark", command);

        assertFound(output, "sample 2 of 2: push [0-9]+ ms, java-pull [0-9]+ ms, python-pull [0-9]+ ms");
        for (String reader : List.of("push", "java-pull", "python-pull")) {
            assertFound(output, "\\n" + reader + " +2 +[0-9]+ +[0-9]+ +[0-9]+");
        }
    }

    private static String run(String name, List<String> command) throws Exception {
        try (LaunchedProcess process = LaunchedProcess.start(name, command)) {
            int exit = process.awaitExit(RUN_TIMEOUT);
            assertThat(name + " exited " + exit + ":\n" + process.output(), exit, is(0));
            return process.output();
        }
    }

    /** Fails, quoting the output's end, unless the output has a match of this regular expression. */
    private static void assertFound(String output, String regex) {
        boolean found = Pattern.compile(regex).matcher(output).find();
        assertThat(regex + " in the output, which ends:\n" + output.substring(Math.max(0, output.length() - 3000)),
                found, is(true));
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin" + File.separator
                + "java"));
    }

    /** A system property this project's pom sets; fails when it is missing or was not resolved by Maven. */
    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException("System property " + property + " is not set (" + value
                    + "): run through src-it/bench/pom.xml, which sets it");
        }
        return value;
    }
}
