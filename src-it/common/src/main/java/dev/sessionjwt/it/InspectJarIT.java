package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sessionjwt.demo.DemoArchive;

/**
 * The inspector as the docs show it, in a new JVM: {@code java -jar session-jwt-<version>-inspector.jar inspect} run
 * from a directory holding only that jar verifies the demo's cookie with its JWK set over HTTP, and garbage gives a
 * message and status 1, never a stack trace. The library jar itself is not runnable ({@code java -jar} finds no
 * {@code Main-Class}); its inspector class on a class path without jose4j says what to run instead.
 */
class InspectJarIT extends IntegrationTestBase {

    @ArquillianResource
    private URL demo;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    static WebArchive demo() {
        return DemoArchive.create();
    }

    private record Run(int status, String out, String err) {
    }

    /** {@code java <args>} in the directory {@code workingDirectory}. */
    private static Run java(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java did not finish");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static File inspectorJar() {
        return new File(System.getProperty("sessionjwt.inspector.jar"));
    }

    private static File libraryJar() {
        return new File(System.getProperty("sessionjwt.jar"));
    }

    /** A new directory holding a copy of {@code jar} under its own name, and nothing else. */
    private Path alone(String directory, File jar) throws IOException {
        Path target = Files.createDirectories(dir.resolve(directory));
        Files.copy(jar.toPath(), target.resolve(jar.getName()), StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList(), contains(jar.getName()));
        }
        return target;
    }

    private String demoToken() {
        return Tokens.cookieValue(get(at(demo, "api/session")), "JSESSIONID");
    }

    @Test
    void aloneInItsDirectoryTheInspectorJarVerifiesTheDemosCookieWithItsJwkSet() throws Exception {
        String name = inspectorJar().getName();
        assertThat(name, matchesPattern("session-jwt-[0-9][^/]*-inspector\\.jar"));
        Path only = alone("inspector", inspectorJar());

        Run valid = java(only, "-jar", name, "inspect", demoToken(), "--jwks",
                at(demo, ".well-known/jwks.json").toString());
        assertThat(valid.out() + valid.err(), valid.status(), is(0));
        assertThat(valid.out(), containsString("verdict: VALID, verified with kid " + Tokens.demoKeyId()));
        assertThat(valid.out(), containsString("\"alg\":\"ES256\""));

        Run garbage = java(only, "-jar", name, "inspect", "not-a-token");
        assertThat(garbage.status(), is(1));
        assertThat(garbage.out(), containsString("not a token"));
        assertThat(garbage.out() + garbage.err(), not(containsString("Exception")));
    }

    @Test
    void withDiscoverTheInspectorJarSaysEndedForTheTokenOfASessionThatEnded() throws Exception {
        String name = inspectorJar().getName();
        Path only = alone("discover", inspectorJar());
        String discovery = at(demo, ".well-known/session-jwt").toString();
        String token = Tokens.cookieValue(post(at(demo, "api/counter"), ""), "JSESSIONID");

        Run live = java(only, "-jar", name, "inspect", token, "--discover", discovery);
        assertThat(live.out() + live.err(), live.status(), is(0));
        assertThat(live.out(), containsString("verdict: VALID"));

        // the demo's logout, which invalidates the session
        assertThat(post(at(demo, "api/logout"), "", Tokens.cookie("JSESSIONID", token)).status(), is(200));
        Run ended = java(only, "-jar", name, "inspect", token, "--discover", discovery);
        assertThat(ended.out() + ended.err(), ended.status(), is(1));
        assertThat(ended.out(), containsString("verdict: ENDED"));
    }

    @Test
    void theLibraryJarIsNotRunnable() throws Exception {
        Path only = alone("library", libraryJar());

        Run run = java(only, "-jar", libraryJar().getName(), "inspect", "not-a-token");
        assertThat(run.status(), not(is(0)));
        assertThat(run.err(), containsString("no main manifest attribute"));
    }

    @Test
    void withoutJose4jTheLibrarysInspectorNamesTheInspectorJarWithoutAStackTrace() throws Exception {
        Path only = alone("library", libraryJar());

        Run run = java(only, "-cp", libraryJar().getName(), "dev.sessionjwt.internal.inspect.Inspect", "inspect", demoToken());
        assertThat(run.status(), not(is(0)));
        assertThat(run.out(), containsString("jose4j is not on the class path"));
        assertThat(run.out(), containsString("session-jwt-<version>-inspector.jar"));
        assertThat(run.out() + run.err(), not(containsString("\tat ")));
    }
}
