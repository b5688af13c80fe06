package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.security.KeyPairGenerator;
import java.security.PublicKey;

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

    @Test
    void derivationFindsEcKeysOnEitherRootOfTheCurveEquation() throws Exception {
        // x fixes y up to its sign: the first candidate is the principal square root, the second its negation
        Map<Boolean, Integer> derivedByBranch = new HashMap<>();
        for (int seed = 0; seed < 16; seed++) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new FixedRandom(seed));
            KeyPair pair = generator.generateKeyPair();

            assertThat(TestKeys.same(PublicKeys.derive(pair.getPrivate()), pair.getPublic()), is(true));
            derivedByBranch.merge(isPrincipalRoot((ECPublicKey) pair.getPublic()), 1, Integer::sum);
        }

        assertThat(derivedByBranch.keySet(), containsInAnyOrder(true, false));
    }

    @Test
    void derivationFindsEd25519KeysWithEitherSignOfX() throws Exception {
        Map<Boolean, Integer> derivedBySign = new HashMap<>();
        for (int seed = 0; seed < 16; seed++) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedRandom(seed));
            KeyPair pair = generator.generateKeyPair();

            assertThat(TestKeys.same(PublicKeys.derive(pair.getPrivate()), pair.getPublic()), is(true));
            derivedBySign.merge(((EdECPublicKey) pair.getPublic()).getPoint().isXOdd(), 1, Integer::sum);
        }

        assertThat(derivedBySign.keySet(), containsInAnyOrder(true, false));
    }

    private static boolean isPrincipalRoot(ECPublicKey key) {
        BigInteger p = ((ECFieldFp) key.getParams().getCurve().getField()).getP();
        BigInteger y = key.getW().getAffineY();
        return y.pow(2).mod(p).modPow(p.add(BigInteger.ONE).shiftRight(2), p).equals(y);
    }

    /** A source of "random" bytes that repeats for the same seed, so the keys of these tests never change. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final Random bytes;

        FixedRandom(int seed) {
            this.bytes = new Random(seed);
        }

        @Override
        public void nextBytes(byte[] out) {
            bytes.nextBytes(out);
        }
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
