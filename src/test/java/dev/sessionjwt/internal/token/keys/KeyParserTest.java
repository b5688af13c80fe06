package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unit tests of {@link KeyParser}: a secret only when written {@code secret:...}, PEM, JWK and one OpenSSH line, and
 * every other form refused with a message that names it (issue 24, point 1: no key is guessed into an HMAC secret).
 */
class KeyParserTest {

    private static String ssh(String name) throws IOException {
        try (InputStream in = KeyParserTest.class.getResourceAsStream("/keys/ssh/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
    }

    private static KeyMaterialException refused(String text) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyParser.parse(text));
        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.expected(), containsString("secret:<the secret>"));
        return e;
    }

    @Test
    void secretPrefixGivesAnHmacSecretOfTheUtf8BytesAfterIt() throws KeyMaterialException {
        ParsedKey key = KeyParser.parse("secret:ünïcödé-secret").get(0);

        assertThat(key.isSecret(), is(true));
        assertThat(key.secretOrPrivate().getEncoded(), is("ünïcödé-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void secretPrefixTakesEverythingAfterItLiterally() throws KeyMaterialException {
        String pem = TestKeys.publicPem(TestKeys.ec("P-256")).strip();

        assertThat(KeyParser.parse("secret:" + pem).get(0).secretOrPrivate().getEncoded(),
                is(pem.getBytes(StandardCharsets.UTF_8)));
        assertThat(KeyParser.parse("secret: spaced ").get(0).secretOrPrivate().getEncoded(),
                is(" spaced ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pemAndJwkAreRecognised() throws KeyMaterialException {
        assertThat(KeyParser.parse(TestKeys.privatePem(TestKeys.rsa())).get(0).canSign(), is(true));
        assertThat(KeyParser.parse(TestKeys.publicJwk(TestKeys.rsa(), null, null)).get(0).canSign(), is(false));
    }

    @Test
    void anOctJwkStaysASecretBecauseItSaysSo() throws KeyMaterialException {
        ParsedKey key = KeyParser.parse(TestKeys.octJwk(TestKeys.secret(32), "hs")).get(0);

        assertThat(key.isSecret(), is(true));
        assertThat(key.secretOrPrivate().getEncoded(), is(TestKeys.secret(32).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void plainTextIsNoLongerTakenForASecret() {
        KeyMaterialException e = refused("ünïcödé-secret that is long enough for HS256");

        assertThat(e.found(), is("text of 44 characters that is no key (an HMAC secret without its secret:"
                + " prefix?)"));
        assertThat(e.expected(), containsString("if this is an HMAC secret, write secret: before it"));
        assertThat(e.getMessage(), not(containsString("ünïcödé")));
    }

    @Test
    void base64SecretFromOpensslRandIsRefusedWithoutItsPrefix() {
        String random = Base64.getEncoder().encodeToString("forty-eight bytes of what could be randomness!!!"
                .getBytes(StandardCharsets.US_ASCII));

        KeyMaterialException e = refused(random);

        assertThat(e.found(), is("base64 text of 48 bytes (an HMAC secret without its secret: prefix?)"));
        assertThat(e.getMessage(), not(containsString(random.substring(0, 8))));
    }

    @Test
    void hexSecretIsRefusedWithoutItsPrefix() {
        KeyMaterialException e = refused(HexFormat.of().formatHex(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32}));

        assertThat(e.found(), containsString("hex text of 32 bytes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EC-P-256", "EC-P-384", "Ed25519", "RSA"})
    void bareBase64PublicKeyWithoutPemLinesIsRefusedAndNamed(String kind) {
        var pair = switch (kind) {
            case "EC-P-256" -> TestKeys.ec("P-256");
            case "EC-P-384" -> TestKeys.ec("P-384");
            case "Ed25519" -> TestKeys.edwards("Ed25519");
            default -> TestKeys.rsa();
        };
        String bare = Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());

        KeyMaterialException e = refused(bare);

        assertThat(e.found(), is("bare base64 of " + KeyValidation.describe(pair.getPublic())
                + " (a public key without its PEM lines)"));
        assertThat(e.expected(), containsString("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void bareBase64OfAPemBodyOverSeveralLinesIsRefused() {
        String pem = TestKeys.publicPem(TestKeys.rsa());
        String body = pem.substring(pem.indexOf('\n') + 1, pem.indexOf("-----END")).strip();

        assertThat(body.contains("\n"), is(true));
        assertThat(refused(body).found(), containsString("an RSA key of 2048 bits (a public key without"));
    }

    @Test
    void bareBase64PrivateKeyIsRefusedRatherThanTakenForASecret() {
        String bare = Base64.getEncoder().encodeToString(TestKeys.rsa().getPrivate().getEncoded());

        assertThat(refused(bare).found(), is("bare base64 of a private key (PKCS#8 without its PEM lines)"));
    }

    @Test
    void bareBase64CertificateIsRefused() {
        String pem = TestKeys.resource("openssl-rsa-certificate.pem");
        String body = pem.substring(pem.indexOf("-----BEGIN CERTIFICATE-----") + 27, pem.indexOf("-----END"));

        assertThat(refused(body.strip()).found(), is("bare base64 of a certificate (without its PEM lines)"));
    }

    @Test
    void rfc4716Ssh2BlockIsRefusedWithTheCommandThatConvertsIt() throws IOException {
        String blob = ssh("test-only-ed25519.pub").split(" ")[1];
        String block = "---- BEGIN SSH2 PUBLIC KEY ----\nComment: \"256-bit ED25519\"\n" + blob
                + "\n---- END SSH2 PUBLIC KEY ----";

        KeyMaterialException e = refused(block);

        assertThat(e.found(), is("an RFC 4716 SSH2 public key block (---- BEGIN SSH2 PUBLIC KEY ----)"));
        assertThat(e.expected(), containsString("ssh-keygen -i -f key.pub"));
    }

    @Test
    void severalAuthorizedKeysLinesAreRefused() throws IOException {
        String file = ssh("test-only-rsa.pub") + "\n" + ssh("test-only-ed25519.pub") + "\n" + ssh("test-only-ecdsa.pub");

        assertThat(refused(file).found(), is("3 OpenSSH public key lines (an authorized_keys file?)"));
    }

    @Test
    void authorizedKeysLineWithOptionsIsRefused() throws IOException {
        String line = "from=\"10.0.0.1\",no-pty " + ssh("test-only-ed25519.pub");

        assertThat(refused(line).found(), containsString("OpenSSH public key text with options or other lines"));
    }

    @Test
    void oneOpenSshLineWithACommentLineAboveIsRefused() throws IOException {
        assertThat(refused("# deploy key\n" + ssh("test-only-ed25519.pub")).found(),
                containsString("OpenSSH public key text with options or other lines"));
    }

    @Test
    void securityKeyLineIsRefused() throws IOException {
        String line = "sk-ssh-ed25519@openssh.com " + ssh("test-only-ed25519.pub").split(" ")[1] + " yubikey";

        assertThat(refused(line).found(), is("an OpenSSH security-key (sk-) public key, which cannot verify a JWT"));
    }

    @Test
    void base64PartOfAnOpenSshLineAloneIsRefused() throws IOException {
        assertThat(refused(ssh("test-only-rsa.pub").split(" ")[1]).found(),
                is("the base64 part of an OpenSSH ssh-rsa key without its type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://login.example.com/.well-known/jwks.json", "http://localhost:8080/jwks.json",
        "HTTPS://EXAMPLE.COM/KEY.PEM", "ftp://keys.example.com/session.pem"})
    void urlIsRefusedAndNeverASecret(String url) {
        KeyMaterialException e = refused(url);

        assertThat(e.found(), containsString("a URL ("));
        assertThat(e.found(), not(containsString("example")));
        assertThat(e.expected(), containsString("jwks(URI)"));
    }

    @Test
    void relativePathLikeTextIsRefused() {
        assertThat(refused("keys/session_signing_key").found(),
                is("a relative path to a file that does not exist, or text of 24 characters that is no key"));
    }

    @Test
    void secretPrefixInAnotherCaseIsNoSecret() {
        assertThat(refused("SECRET:" + TestKeys.secret(40)).found(), is("a secret prefix not written exactly secret:"));
    }

    @Test
    void damagedBareDerIsStillNamedAKey() {
        byte[] der = TestKeys.rsa().getPublic().getEncoded();
        String truncated = Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(der, 120));

        assertThat(refused(truncated).found(), is("bare base64 of DER data (a key without its PEM lines?)"));
    }

    @Test
    void emptySecretIsTooShort() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyParser.parse("secret:"));

        assertThat(e.id(), is("SJWT0002"));
        assertThat(e.found(), is("an empty secret"));
    }

    @Test
    void emptyTextIsRefused() {
        assertThat(refused("").found(), is("empty text"));
    }
}
