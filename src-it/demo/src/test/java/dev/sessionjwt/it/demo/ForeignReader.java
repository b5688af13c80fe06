package dev.sessionjwt.it.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the readers outside the JVM that readers.md shows ({@code src-it/readers}, system property
 * {@code demo.readers}), run as a process as a user runs it: {@code reader.py} on Debian's {@code /usr/bin/python3}
 * with its PyJWT, {@code reader.mjs} on Node.js with the npm package {@code jose} at the version the file names,
 * which {@link #node()} installs into the work folder ({@code demo.readers.work}, under {@code target}) when it is not
 * there yet.
 *
 * <pre>
 * ForeignReader python = ForeignReader.python();
 * Verdict verdict = python.read(discoveryUrl, token);   // exit 0 "valid {...}", 1 "ended", 2 "invalid ..."
 * </pre>
 */
final class ForeignReader {

    /** The Python the readers page names: Debian's, where {@code apt-get install python3-jwt} puts PyJWT. */
    static final String PYTHON = "/usr/bin/python3";
    /** What installs what the Python reader needs. */
    static final String PYTHON_PACKAGES = "apt-get install python3-jwt python3-cryptography";
    private static final Pattern PINNED_JOSE = Pattern.compile("npm install (jose@(\\d+\\.\\d+\\.\\d+))");
    private static final Pattern PACKAGE_VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");
    /** Guards a run against a reader that hangs; no test measures time. */
    private static final long RUN_LIMIT_SECONDS = 60;

    private final String name;
    private final List<String> command;

    private ForeignReader(String name, List<String> command) {
        this.name = name;
        this.command = List.copyOf(command);
    }

    /** {@code /usr/bin/python3 reader.py}; fails, naming the Debian packages, when that Python lacks PyJWT 2.x. */
    static ForeignReader python() {
        Verdict check = run("the PyJWT check", List.of(PYTHON, "-c",
                "import jwt, cryptography; assert jwt.__version__.startswith('2.'), jwt.__version__"), null,
                RUN_LIMIT_SECONDS);
        if (check.exit() != 0) {
            throw new AssertionError(PYTHON + " cannot import PyJWT 2.x and cryptography: " + PYTHON_PACKAGES
                    + " (as .ci/run does)\n" + check);
        }
        return new ForeignReader("reader.py", List.of(PYTHON, readers().resolve("reader.py").toString()));
    }

    /**
     * {@code node reader.mjs} with the jose that {@code reader.mjs} pins ({@code npm install jose@X} in its header),
     * which the build installed into the work folder ({@code npm install --no-save --prefix <work>}, the demo project's
     * execution {@code npm-install-jose}) before the tests: the test itself fetches nothing.
     * Node resolves the module's {@code import("jose")} from the folder of the module upwards, never through
     * {@code NODE_PATH}: the work folder gets a symbolic link to {@code reader.mjs} beside its {@code node_modules},
     * which {@code --preserve-symlinks-main} makes the module's folder. So the file under src-it runs, laid out as a
     * user has it (beside {@code node_modules}), and nothing is written into src-it.
     */
    static ForeignReader node() {
        Verdict version = run("node --version", List.of("node", "--version"), null, RUN_LIMIT_SECONDS);
        Matcher major = Pattern.compile("v(\\d+)\\.").matcher(version.output());
        if (version.exit() != 0 || !major.lookingAt() || Integer.parseInt(major.group(1)) < 20) {
            throw new AssertionError("reader.mjs needs Node.js 20 or newer and npm (apt-get install nodejs npm, as"
                    + " .ci/run does)\n" + version);
        }
        Path script = readers().resolve("reader.mjs");
        Path work = Path.of(DemoServerProcess.required("demo.readers.work"));
        try {
            Matcher pinned = PINNED_JOSE.matcher(Files.readString(script, StandardCharsets.UTF_8));
            if (!pinned.find()) {
                throw new AssertionError(script + " names no pinned version (npm install jose@X.Y.Z)");
            }
            Files.createDirectories(work);
            String installed = installedVersion(work.resolve("node_modules/jose/package.json"));
            if (!pinned.group(2).equals(installed)) {
                throw new AssertionError(script + " pins " + pinned.group(1) + " but " + work + " holds jose "
                        + installed + ": the demo project's execution npm-install-jose installs jose@"
                        + "${jose.npm.version} before the tests (mvn verify -f src-it/demo -Ddemo.server=payara);"
                        + " keep that property and the file's pin equal");
            }
            Path link = work.resolve("reader.mjs");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, script.toAbsolutePath());
            return new ForeignReader("reader.mjs", List.of("node", "--preserve-symlinks-main", link.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the reader with the discovery URL and the token as its two arguments. */
    Verdict read(URI discovery, String token) {
        return run(name, arguments(discovery.toString(), token), null, RUN_LIMIT_SECONDS);
    }

    /** Runs the reader with the discovery URL as its only argument and the token on its standard input. */
    Verdict readStandardInput(URI discovery, String token) {
        return run(name + " (token on standard input)", arguments(discovery.toString()), token, RUN_LIMIT_SECONDS);
    }

    @Override
    public String toString() {
        return name;
    }

    private List<String> arguments(String... arguments) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(arguments));
        return all;
    }

    private static Path readers() {
        return Path.of(DemoServerProcess.required("demo.readers"));
    }

    /** The version in an installed package's package.json, or null when it is not there. */
    private static String installedVersion(Path packageJson) throws IOException {
        if (!Files.isRegularFile(packageJson)) {
            return null;
        }
        Matcher version = PACKAGE_VERSION.matcher(Files.readString(packageJson, StandardCharsets.UTF_8));
        return version.find() ? version.group(1) : null;
    }

    /** Runs a command to its end, its standard output and error kept apart (in files: no pipe can fill up). */
    private static Verdict run(String what, List<String> command, String input, long limitSeconds) {
        try {
            Path output = Files.createTempFile("foreign-reader", ".out");
            Path errors = Files.createTempFile("foreign-reader", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                        .redirectError(errors.toFile()).start();
                try (OutputStream stdin = process.getOutputStream()) {
                    if (input != null) {
                        stdin.write(input.getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(what + " did not end within " + limitSeconds + " s: " + command);
                }
                return new Verdict(what, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                        Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            return new Verdict(what, -1, "", "could not run " + command + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a run gave.
     *
     * @param what   the reader (or command) and how it was given the token
     * @param exit   its exit status, -1 when it could not be started
     * @param output its standard output
     * @param errors its standard error
     */
    record Verdict(String what, int exit, String output, String errors) {
        @Override
        public String toString() {
            return what + " exited with " + exit + ", printed: " + output + (errors.isEmpty() ? ""
                    : "\nand on standard error: " + errors);
        }
    }
}
