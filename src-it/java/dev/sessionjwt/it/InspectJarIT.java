package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
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

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.sessionjwt.demo.DemoArchive;

/**
 * {@code java -jar session-jwt.jar inspect} on the built jar, in a new JVM: laid out as in {@code WEB-INF/lib} and
 * as in a Maven repository, verifying the demo's cookie with its JWK set over HTTP; garbage and a missing jose4j
 * give a message and a non-zero status, never a stack trace.
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

    private static Run javaJar(Path jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar did not finish");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static File libraryJar() {
        return new File(System.getProperty("sessionjwt.jar"));
    }

    private static List<File> dependencies() {
        List<File> jars = new ArrayList<>(List.of(new File(System.getProperty("jose4j.jar"))));
        for (String path : System.getProperty("sessionjwt.libs", "").split(File.pathSeparator)) {
            if (!path.isBlank() && !jars.contains(new File(path))) {
                jars.add(new File(path));
            }
        }
        return jars;
    }

    private static Path copy(File jar, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(jar.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private String demoToken() {
        return Tokens.cookieValue(get(at(demo, "api/session")), "JSESSIONID");
    }

    @Test
    void besideItsDependenciesAsInWebInfLibTheJarVerifiesTheDemosCookieWithItsJwkSet() throws Exception {
        Path lib = dir.resolve("WEB-INF/lib");
        Path jar = copy(libraryJar(), lib.resolve("session-jwt.jar"));
        for (File dependency : dependencies()) {
            copy(dependency, lib.resolve(dependency.getName()));
        }
        Run valid = javaJar(jar, "inspect", demoToken(), "--jwks", at(demo, ".well-known/jwks.json").toString());
        assertThat(valid.out() + valid.err(), valid.status(), is(0));
        assertThat(valid.out(), containsString("verdict: VALID, verified with kid " + Tokens.demoKeyId()));
        assertThat(valid.out(), containsString("\"alg\":\"ES256\""));

        Run garbage = javaJar(jar, "inspect", "not-a-token");
        assertThat(garbage.status(), is(1));
        assertThat(garbage.out(), containsString("not a token"));
        assertThat(garbage.out() + garbage.err(), not(containsString("Exception")));
    }

    @Test
    void inTheMavenRepositoryLayoutTheJarFindsJose4jAtItsRepositoryPath() throws Exception {
        Path repository = dir.resolve("repository");
        Path jar = copy(libraryJar(), repository.resolve("dev/sessionjwt/session-jwt/0.1.0-SNAPSHOT/" + libraryJar()
                .getName()));
        for (File dependency : dependencies()) {
            String name = dependency.getName();
            String version = name.substring(name.lastIndexOf('-') + 1, name.length() - ".jar".length());
            String artifact = name.substring(0, name.lastIndexOf('-'));
            String group = artifact.equals("jose4j") ? "org/bitbucket/b_c" : "org/slf4j";
            copy(dependency, repository.resolve(group + "/" + artifact + "/" + version + "/" + name));
        }
        Run run = javaJar(jar, "inspect", demoToken(), "--jwks", at(demo, ".well-known/jwks.json").toString());
        assertThat(run.out() + run.err(), run.status(), is(0));
    }

    @Test
    void withoutJose4jTheJarSaysWhatIsMissingWithoutAStackTrace() throws Exception {
        Path jar = copy(libraryJar(), dir.resolve("alone/session-jwt.jar"));
        Run run = javaJar(jar, "inspect", demoToken());
        assertThat(run.status(), not(is(0)));
        assertThat(run.out(), containsString("jose4j is not on the class path"));
        assertThat(run.out() + run.err(), not(containsString("\tat ")));
    }
}
