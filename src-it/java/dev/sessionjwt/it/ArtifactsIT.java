package dev.sessionjwt.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The jars the build publishes: the library jar that goes into production WARs carries no test code and has the
 * stable module name {@code dev.sessionjwt}; the test client ({@code dev.sessionjwt.test}) is the jar with
 * classifier {@code testing}, module name {@code dev.sessionjwt.test}, and carries nothing else.
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
