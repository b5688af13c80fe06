package dev.sessionjwt.internal.token.keys;

import static dev.sessionjwt.internal.token.keys.TestKeys.pem;
import static dev.sessionjwt.internal.token.keys.TestKeys.resource;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of {@link PemKeys}: every PEM form, from the JDK and from OpenSSL, and every refusal. */
class PemKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "P-256", "P-384", "P-521", "Ed25519"})
    void pkcs8PrivateKeyIsReadWithItsDerivedPublicKey(String kind) throws KeyMaterialException {
        KeyPair pair = TestKeys.byKind(kind);

        ParsedKey key = only(PemKeys.parse(TestKeys.privatePem(pair)));

        assertThat(TestKeys.same(key.secretOrPrivate(), pair.getPrivate()), is(true));
        assertThat(TestKeys.same(key.publicKey(), pair.getPublic()), is(true));
        assertThat(key.canSign(), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "P-256", "P-384", "P-521", "Ed25519"})
    void x509PublicKeyIsReadAlone(String kind) throws KeyMaterialException {
        KeyPair pair = TestKeys.byKind(kind);

        ParsedKey key = only(PemKeys.parse(TestKeys.publicPem(pair)));

        assertThat(key.secretOrPrivate(), is(nullValue()));
        assertThat(TestKeys.same(key.publicKey(), pair.getPublic()), is(true));
    }

    @Test
    void pkcs1RsaPrivateKeyIsWrappedIntoPkcs8() throws KeyMaterialException {
        KeyPair pair = TestKeys.rsa();
        byte[] pkcs1 = octetStringContent(Der.elements(pair.getPrivate().getEncoded()).get(2));

        ParsedKey key = only(PemKeys.parse(pem("RSA PRIVATE KEY", pkcs1)));

        assertThat(((RSAPrivateKey) key.secretOrPrivate()).getPrivateExponent(),
                is(((RSAPrivateKey) pair.getPrivate()).getPrivateExponent()));
        assertThat(TestKeys.same(key.publicKey(), pair.getPublic()), is(true));
    }

    @Test
    void opensslTraditionalRsaKeyItsPkcs1PublicKeyAndCertificateAgree() throws KeyMaterialException {
        ParsedKey privateKey = only(PemKeys.parse(resource("openssl-rsa-pkcs1-private.pem")));
        ParsedKey pkcs1Public = only(PemKeys.parse(resource("openssl-rsa-pkcs1-public.pem")));
        ParsedKey certificate = only(PemKeys.parse(resource("openssl-rsa-certificate.pem")));

        assertThat(((RSAPublicKey) privateKey.publicKey()).getModulus().bitLength(), is(2048));
        assertThat(TestKeys.same(pkcs1Public.publicKey(), privateKey.publicKey()), is(true));
        assertThat(TestKeys.same(certificate.publicKey(), privateKey.publicKey()), is(true));
    }

    @Test
    void opensslSec1EcKeyWithItsParametersBlockIsRead() throws KeyMaterialException {
        ParsedKey privateKey = only(PemKeys.parse(resource("openssl-ec-p256-sec1-private.pem")));
        ParsedKey publicKey = only(PemKeys.parse(resource("openssl-ec-p256-public.pem")));

        assertThat(privateKey.secretOrPrivate(), instanceOf(ECPrivateKey.class));
        assertThat(JwsAlgorithm.curveOf(privateKey.secretOrPrivate()), is("P-256"));
        assertThat(TestKeys.same(privateKey.publicKey(), publicKey.publicKey()), is(true));
    }

    @Test
    void opensslPkcs8EcAndEd25519KeysDeriveTheirPublicKeys() throws KeyMaterialException {
        assertThat(TestKeys.same(only(PemKeys.parse(resource("openssl-ec-p384-pkcs8-private.pem"))).publicKey(),
                only(PemKeys.parse(resource("openssl-ec-p384-public.pem"))).publicKey()), is(true));
        assertThat(TestKeys.same(only(PemKeys.parse(resource("openssl-ed25519-private.pem"))).publicKey(),
                only(PemKeys.parse(resource("openssl-ed25519-public.pem"))).publicKey()), is(true));
    }

    @Test
    void privateKeyFollowedByItsPublicKeyGivesBothInOrder() throws KeyMaterialException {
        KeyPair pair = TestKeys.ec("P-256");

        List<ParsedKey> keys = PemKeys.parse(TestKeys.privatePem(pair) + "\n" + TestKeys.publicPem(pair));

        assertThat(keys, hasSize(2));
        assertThat(keys.get(0).canSign(), is(true));
        assertThat(keys.get(1).canSign(), is(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openssl-ec-encrypted-private.pem", "openssl-rsa-legacy-encrypted-private.pem"})
    void encryptedKeysAreRefusedWithAWayOut(String file) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> PemKeys.parse(resource(file)));

        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.found(), containsString("encrypted"));
        assertThat(e.expected(), containsString("openssl pkey"));
    }

    @Test
    void unsupportedBlockTypeIsRefusedNamingTheType() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> PemKeys.parse(pem("OPENSSH PRIVATE KEY", new byte[] {1, 2, 3})));

        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.found(), is("a PEM block of type OPENSSH PRIVATE KEY"));
    }

    @Test
    void damagedKeyIsRefusedWithoutShowingIt() {
        byte[] der = TestKeys.rsa().getPrivate().getEncoded();
        String damaged = pem("PRIVATE KEY", Arrays.copyOf(der, der.length / 2));

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> PemKeys.parse(damaged));

        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.getMessage(), is("SJWT0031: a PEM PRIVATE KEY block that is damaged or holds an unsupported key"
                + " type; expected " + e.expected()));
    }

    @Test
    void sec1KeyWithAnEmptyCurveElementIsRefusedAsDamaged() {
        // SEQUENCE { INTEGER 1, OCTET STRING 01, [0] {} }: the curve element is there but empty
        byte[] der = {0x30, 0x08, 0x02, 0x01, 0x01, 0x04, 0x01, 0x01, (byte) 0xA0, 0x00};

        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> PemKeys.parse(pem("EC PRIVATE KEY", der)));

        assertThat(e.id(), is("SJWT0031"));
    }

    @Test
    void textWithoutACompleteBlockIsRefused() {
        String truncated = TestKeys.privatePem(TestKeys.rsa()).replace("-----END PRIVATE KEY-----", "");

        assertThat(assertThrows(KeyMaterialException.class, () -> PemKeys.parse(truncated)).id(), is("SJWT0031"));
    }

    @Test
    void nonBase64BodyIsRefused() {
        String bad = "-----BEGIN PRIVATE KEY-----\nnot*base64\n-----END PRIVATE KEY-----";

        assertThat(assertThrows(KeyMaterialException.class, () -> PemKeys.parse(bad)).id(), is("SJWT0031"));
    }

    private static ParsedKey only(List<ParsedKey> keys) {
        assertThat(keys, hasSize(1));
        return keys.get(0);
    }

    private static byte[] octetStringContent(byte[] octetString) {
        int offset = (octetString[1] & 0x80) == 0 ? 2 : 2 + (octetString[1] & 0x7f);
        return Arrays.copyOfRange(octetString, offset, octetString.length);
    }
}
