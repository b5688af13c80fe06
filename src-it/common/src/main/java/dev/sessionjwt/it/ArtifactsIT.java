package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The jars the build publishes: the library jar that goes into production WARs carries no test code, has the
 * stable module name {@code dev.sessionjwt} and neither {@code Main-Class} nor {@code Class-Path} (a
 * {@code Class-Path} names files a WAR does not have); the test client ({@code dev.sessionjwt.test}) is the jar with
 * classifier {@code testing}, module name {@code dev.sessionjwt.test}, and carries nothing else; the inspector is
 * the jar with classifier {@code inspector}: runnable, with jose4j and slf4j-api inside (and the licences, slf4j's in
 * NOTICE), without the library's service registrations or the test client.
 */
class ArtifactsIT {

    private static final String TEST_CLIENT = "dev/sessionjwt/test/";

    @Test
    void libraryJarCarriesNoTestClientAndNamesItsModule() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sessionjwt.jar"))) {
            List<String> classes = classes(jar);

            assertThat(classes, hasItem("dev/sessionjwt/claims/SessionJwtReader.class"));
            assertThat(classes.stream().filter(name -> name.startsWith(TEST_CLIENT)).toList(), is(empty()));
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"), is("dev.sessionjwt"));
        }
    }

    @Test
    void libraryJarIsNoApplicationAndNamesNoOtherJar() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sessionjwt.jar"))) {
            Attributes manifest = jar.getManifest().getMainAttributes();

            assertThat(manifest.getValue("Main-Class"), is(nullValue()));
            assertThat(manifest.getValue("Class-Path"), is(nullValue()));
        }
    }

    @Test
    void inspectorJarRunsTheInspectorWithJose4jInsideAndRegistersNoService() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sessionjwt.inspector.jar"))) {
            List<String> entries = jar.stream().map(ZipEntry::getName).toList();
            Attributes manifest = jar.getManifest().getMainAttributes();

            assertThat(manifest.getValue("Main-Class"), is("dev.sessionjwt.internal.inspect.Inspect"));
            assertThat(manifest.getValue("Class-Path"), is(nullValue()));
            assertThat(manifest.getValue("Automatic-Module-Name"), is("dev.sessionjwt.inspector"));
            assertThat(entries, hasItems("dev/sessionjwt/internal/inspect/Inspect.class",
                    "dev/sessionjwt/claims/SessionJwtReader.class", "org/jose4j/jwt/consumer/JwtConsumer.class",
                    "org/slf4j/LoggerFactory.class", "META-INF/LICENSE", "META-INF/NOTICE"));
            assertThat(entries.stream().filter(name -> name.startsWith("META-INF/services/")).toList(), is(empty()));
            assertThat(entries.stream().filter(name -> name.startsWith(TEST_CLIENT)).toList(), is(empty()));
        }
    }

    @Test
    void testingJarCarriesTheTestClientAndNothingElse() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("sessionjwt.testing.jar"))) {
            List<String> classes = classes(jar);

            assertThat(classes, hasItem(TEST_CLIENT + "SessionJwtClient.class"));
            assertThat(classes.stream().filter(name -> !name.startsWith(TEST_CLIENT)).toList(), is(empty()));
            assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
                    is("dev.sessionjwt.test"));
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"), is(nullValue()));
        }
    }

    private static List<String> classes(JarFile jar) {
        return jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
    }
}
