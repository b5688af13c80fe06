package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sessionjwt.internal.token.keys.KeySource.KeyText;

/** Unit tests of {@link KeySource}: inline values and file:, classpath: and plain path locations. */
class KeySourceTest {

    private static final ClassLoader LOADER = KeySourceTest.class.getClassLoader();

    @TempDir
    Path dir;

    @Test
    void inlineSecretIsTheValueItself() throws KeyMaterialException {
        KeyText text = KeySource.read("secret:a/secret+that/looks=like/base64", LOADER);

        assertThat(text.text(), is("secret:a/secret+that/looks=like/base64"));
        assertThat(text.location(), is(Optional.empty()));
        assertThat(text.shown("a secret of 31 bytes"), is("(a secret of 31 bytes, not shown)"));
    }

    @Test
    void secretThatLooksLikeAPathIsNeverTakenForOne() throws KeyMaterialException {
        KeyText text = KeySource.read("secret:/run/secrets/session_signing_key", LOADER);

        assertThat(text.text(), is("secret:/run/secrets/session_signing_key"));
        assertThat(text.location(), is(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/run/secrets/session_signing_key", "./session_signing_key", "../keys/signing",
        "~/keys/session", "C:\\keys\\session", "C:/keys/session", "/etc/myapp/sessionkey"})
    void plainPathThatNamesNoFileIsRefusedNotTakenForASecret(String path) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeySource.read(path, LOADER));

        assertThat(e.id(), is("SJWT0030"));
        assertThat(e.found(), is("a plain path to a file that does not exist (or an HMAC secret without its"
                + " secret: prefix)"));
        assertThat(e.getMessage(), not(containsString(path)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.com/.well-known/jwks.json", "http://keys.example.com/session.pem"})
    void urlIsNeverTakenForAPlainPath(String url) throws KeyMaterialException {
        KeyText text = KeySource.read(url, LOADER);

        assertThat(text.text(), is(url));
        assertThat(text.location(), is(Optional.empty()));
    }

    @Test
    void missingPlainPathIsNotShownInCaseItIsAnOldSecret() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeySource.read("/Zm9yZ2VkLXNlY3JldC1vZi1hLWNhcmVsZXNzLXVwZ3JhZGU=", LOADER));

        assertThat(e.valueHidden(), is(true));
    }

    @Test
    void inlinePemAndJwkAreNeverTakenForPaths() throws KeyMaterialException {
        String pem = TestKeys.privatePem(TestKeys.ec("P-256"));

        assertThat(KeySource.read(pem.strip(), LOADER).location(), is(Optional.empty()));
        assertThat(KeySource.read("{\"kty\":\"oct\",\"k\":\"x.pem\"}", LOADER).location(), is(Optional.empty()));
    }

    @Test
    void fileLocationIsReadAndShownByName() throws IOException, KeyMaterialException {
        Path file = Files.writeString(dir.resolve("session.pem"), "\n" + TestKeys.privatePem(TestKeys.ec("P-256")));

        KeyText text = KeySource.read("file:" + file, LOADER);

        assertThat(text.text(), is(TestKeys.privatePem(TestKeys.ec("P-256")).strip()));
        assertThat(text.location(), is(Optional.of("file:" + file)));
        assertThat(text.shown("an EC key on P-256"), is("\"file:" + file + "\" (an EC key on P-256)"));
    }

    @Test
    void fileUriIsRead() throws IOException, KeyMaterialException {
        Path file = Files.writeString(dir.resolve("k.jwk"), "{}");

        assertThat(KeySource.read(file.toUri().toString(), LOADER).text(), is("{}"));
    }

    @Test
    void plainPathOfAnExistingFileIsRead() throws IOException, KeyMaterialException {
        Path file = Files.writeString(dir.resolve("secret"), "the secret in a file without an ending");

        KeyText text = KeySource.read(file.toString(), LOADER);

        assertThat(text.text(), is("the secret in a file without an ending"));
        assertThat(text.location(), is(Optional.of(file.toString())));
    }

    @Test
    void plainPathWithAKeyFileEndingThatDoesNotExistIsUnreadable() {
        String missing = dir.resolve("missing.pem").toString();

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeySource.read(missing, LOADER));

        assertThat(e.id(), is("SJWT0030"));
        assertThat(e.found(), is("no such file"));
        assertThat(e.valueHidden(), is(false));
    }

    @Test
    void missingFileLocationSaysSo() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeySource.read("file:" + dir.resolve("nope"), LOADER));

        assertThat(e.id(), is("SJWT0030"));
        assertThat(e.found(), is("no such file"));
        assertThat(e.expected(), containsString("classpath:name"));
    }

    @Test
    void directoryIsNotARegularFile() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeySource.read("file:" + dir, LOADER));

        assertThat(e.found(), is("not a regular file"));
    }

    @Test
    void unreadableFileSaysPermissionDenied() {
        // a write-only kernel setting: Linux refuses to read it to every user, root included (sysctl's own
        // permission check ignores CAP_DAC_OVERRIDE), so this holds whoever runs the build
        Path writeOnly = Path.of("/proc/sys/vm/drop_caches");

        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeySource.read("file:" + writeOnly, LOADER));

        assertThat(e.found(), is("permission denied"));
    }

    @Test
    void fileLargerThanOneMebibyteIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("huge.pem"), new byte[KeySource.MAX_BYTES + 1]);

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeySource.read("file:" + file, LOADER));

        assertThat(e.found(), is("larger than 1048576 bytes"));
    }

    @Test
    void classPathResourceIsRead() throws KeyMaterialException {
        KeyText text = KeySource.read("classpath:keys/openssl-ed25519-public.pem", LOADER);

        assertThat(text.text(), containsString("-----BEGIN PUBLIC KEY-----"));
        assertThat(text.location(), is(Optional.of("classpath:keys/openssl-ed25519-public.pem")));
        assertThat(KeySource.read("classpath:/keys/openssl-ed25519-public.pem", LOADER).text(), is(text.text()));
    }

    @Test
    void missingClassPathResourceSaysSo() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeySource.read("classpath:keys/none.pem", LOADER));

        assertThat(e.id(), is("SJWT0030"));
        assertThat(e.found(), is("no such resource on the application's class path"));
    }
}
