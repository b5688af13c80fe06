package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Optional;

import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Unit tests of {@link KeyValidation} and {@link JwsAlgorithm}: defaults, weak and mismatched keys. */
class KeyValidationTest {

    private static Key secret(int bytes) {
        return new HmacKey(TestKeys.secret(bytes).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(JwsAlgorithm.class)
    void everyAlgorithmAcceptsItsOwnKind(JwsAlgorithm algorithm) {
        Key key = algorithm.keyType() == JwsAlgorithm.KeyType.SECRET ? secret(algorithm.minSecretBytes())
                : TestKeys.forAlgorithm(algorithm).getPublic();

        assertDoesNotThrow(() -> KeyValidation.check(algorithm, key));
    }

    @ParameterizedTest
    @CsvSource({"HS256, 31, 32, 48", "HS384, 47, 48, 72", "HS512, 63, 64, 96"})
    void hmacSecretShorterThanTheHashIsRefused(JwsAlgorithm algorithm, int tooShort, int enough, int base64Bytes) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.check(algorithm, secret(tooShort)));

        assertThat(e.id(), is("SJWT0002"));
        assertThat(e.found(), is("a secret of " + tooShort + " bytes"));
        assertThat(e.expected(), is("at least " + enough + " bytes for " + algorithm.jwsName()
                + ", for example the output of `openssl rand -base64 " + base64Bytes + "`"));
        assertDoesNotThrow(() -> KeyValidation.check(algorithm, secret(enough)));
    }

    @Test
    void rsaUnder2048BitsIsRefused() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.check(JwsAlgorithm.RS256, TestKeys.rsa(1024).getPrivate()));

        assertThat(e.id(), is("SJWT0034"));
        assertThat(e.found(), is("an RSA key of 1024 bits"));
        assertThat(e.expected(), containsString("at least 2048 bits"));
    }

    @ParameterizedTest
    @CsvSource({"ES256, P-384", "ES384, P-256", "ES512, P-256", "ES256, P-521"})
    void ecKeyOnAnotherCurveThanTheAlgorithmsIsRefused(JwsAlgorithm algorithm, String curve) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.check(algorithm, TestKeys.ec(curve).getPublic()));

        assertThat(e.id(), is("SJWT0035"));
        assertThat(e.found(), is("an EC key on " + curve + " for " + algorithm.jwsName()));
    }

    @Test
    void ed448IsRefusedForEdDsa() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.check(JwsAlgorithm.EDDSA, TestKeys.edwards("Ed448").getPublic()));

        assertThat(e.id(), is("SJWT0035"));
        assertThat(e.found(), is("an Ed448 key for EdDSA"));
    }

    @ParameterizedTest
    @CsvSource({"RS256, EC", "PS256, SECRET", "ES256, RSA", "HS256, RSA", "HS512, EC", "EdDSA, EC", "ES256, EdDSA"})
    void keyOfAnotherKindIsRefused(String algorithmName, String kind) {
        JwsAlgorithm algorithm = JwsAlgorithm.byName(algorithmName).orElseThrow();
        Key key = switch (kind) {
            case "EC" -> TestKeys.ec("P-256").getPublic();
            case "RSA" -> TestKeys.rsa().getPrivate();
            case "EdDSA" -> TestKeys.edwards("Ed25519").getPublic();
            default -> secret(64);
        };

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyValidation.check(algorithm, key));

        assertThat(e.id(), is("SJWT0033"));
        assertThat(e.found(), containsString(" for " + algorithmName));
        assertThat(e.expected(), containsString("or session-jwt.algorithm set to one of"));
    }

    @Test
    void ecPointOffTheCurveIsRefused() throws Exception {
        ECPublicKey real = (ECPublicKey) TestKeys.ec("P-256").getPublic();
        ECPoint off = new ECPoint(real.getW().getAffineX(), real.getW().getAffineY().add(BigInteger.ONE));
        Key bogus = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(off, real.getParams()));

        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.check(JwsAlgorithm.ES256, bogus));

        assertThat(e.id(), is("SJWT0035"));
        assertThat(e.found(), is("an EC public key whose point is not on P-256"));
    }

    @Test
    void defaultAlgorithmFollowsTheKey() throws KeyMaterialException {
        assertThat(KeyValidation.defaultAlgorithm(secret(16)), is(JwsAlgorithm.HS256));
        assertThat(KeyValidation.defaultAlgorithm(TestKeys.rsa().getPrivate()), is(JwsAlgorithm.RS256));
        assertThat(KeyValidation.defaultAlgorithm(TestKeys.ec("P-256").getPublic()), is(JwsAlgorithm.ES256));
        assertThat(KeyValidation.defaultAlgorithm(TestKeys.ec("P-384").getPrivate()), is(JwsAlgorithm.ES384));
        assertThat(KeyValidation.defaultAlgorithm(TestKeys.ec("P-521").getPublic()), is(JwsAlgorithm.ES512));
        assertThat(KeyValidation.defaultAlgorithm(TestKeys.edwards("Ed25519").getPrivate()), is(JwsAlgorithm.EDDSA));
    }

    @Test
    void keysWithoutADefaultAlgorithmAreRefused() throws Exception {
        KeyMaterialException ed448 = assertThrows(KeyMaterialException.class,
                () -> KeyValidation.defaultAlgorithm(TestKeys.edwards("Ed448").getPublic()));
        Key x25519 = KeyPairGenerator.getInstance("X25519").generateKeyPair().getPublic();
        KeyMaterialException xdh = assertThrows(KeyMaterialException.class, () -> KeyValidation.defaultAlgorithm(x25519));

        assertThat(ed448.id(), is("SJWT0035"));
        assertThat(xdh.id(), is("SJWT0033"));
        assertThat(xdh.found(), is("a key of the unsupported type XDH"));
    }

    @Test
    void algorithmsAreFoundByTheirExactJwsName() {
        assertThat(JwsAlgorithm.byName("EdDSA"), is(Optional.of(JwsAlgorithm.EDDSA)));
        assertThat(JwsAlgorithm.byName("PS384"), is(Optional.of(JwsAlgorithm.PS384)));
        assertThat(JwsAlgorithm.byName("es256"), is(Optional.empty()));
        assertThat(JwsAlgorithm.byName("none"), is(Optional.empty()));
        assertThat(JwsAlgorithm.byName(null), is(Optional.empty()));
        assertThat(JwsAlgorithm.names(), is("HS256, HS384, HS512, RS256, RS384, RS512, PS256, PS384, PS512, ES256,"
                + " ES384, ES512, EdDSA"));
    }

    @Test
    void descriptionsRevealNoKeyMaterial() {
        assertThat(KeyValidation.describe(secret(40)), is("a secret of 40 bytes"));
        assertThat(KeyValidation.describe(TestKeys.rsa().getPrivate()), is("an RSA key of 2048 bits"));
        assertThat(KeyValidation.describe(TestKeys.ec("P-521").getPrivate()), is("an EC key on P-521"));
        assertThat(KeyValidation.describe(TestKeys.edwards("Ed25519").getPrivate()), is("an Ed25519 key"));
    }
}
