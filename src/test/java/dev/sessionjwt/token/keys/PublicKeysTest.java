package dev.sessionjwt.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of {@link PublicKeys}: derivation for every supported key type, and the pair check. */
class PublicKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "P-256", "P-384", "P-521", "Ed25519"})
    void derivedPublicKeyIsTheGeneratedOne(String kind) throws KeyMaterialException {
        KeyPair pair = TestKeys.byKind(kind);

        PublicKey derived = PublicKeys.derive(pair.getPrivate());

        assertThat(TestKeys.same(derived, pair.getPublic()), is(true));
    }

    @RepeatedTest(8)
    void derivationPicksTheRightSignForFreshKeys() throws Exception {
        // each fresh key has a random y parity (EC) or x sign (Ed25519): both branches get exercised
        KeyPair ec = KeyPairGenerator.getInstance("EC").generateKeyPair();
        KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();

        assertThat(TestKeys.same(PublicKeys.derive(ec.getPrivate()), ec.getPublic()), is(true));
        assertThat(TestKeys.same(PublicKeys.derive(ed.getPrivate()), ed.getPublic()), is(true));
    }

    @Test
    void ed448CannotBeDerivedAndSaysWhatToDo() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> PublicKeys.derive(TestKeys.edwards("Ed448").getPrivate()));

        assertThat(e.id(), is("SJWT0036"));
        assertThat(e.found(), is("a private key (an Ed448 key) whose public key cannot be derived"));
    }

    @Test
    void matchesOnlyTheKeysOwnPublicKey() {
        assertThat(PublicKeys.matches(TestKeys.rsa().getPrivate(), TestKeys.rsa().getPublic()), is(true));
        assertThat(PublicKeys.matches(TestKeys.rsa().getPrivate(), TestKeys.otherRsa().getPublic()), is(false));
        assertThat(PublicKeys.matches(TestKeys.ec("P-256").getPrivate(), TestKeys.otherEc().getPublic()), is(false));
        assertThat(PublicKeys.matches(TestKeys.ec("P-256").getPrivate(), TestKeys.rsa().getPublic()), is(false));
        assertThat(PublicKeys.matches(TestKeys.edwards("Ed25519").getPrivate(), TestKeys.edwards("Ed25519").getPublic()),
                is(true));
    }
}
