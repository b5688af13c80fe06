package dev.sessionjwt.internal.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of {@link JwkKeys}: JWKs and JWK sets of every key type, their kid and alg, and refusals. */
class JwkKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"RSA", "P-256", "P-384", "P-521", "Ed25519"})
    void privateJwkGivesTheKeyPairWithKidAndAlg(String kind) throws KeyMaterialException {
        KeyPair pair = TestKeys.byKind(kind);

        List<ParsedKey> keys = JwkKeys.parse(TestKeys.privateJwk(pair, "k-" + kind, "XX"));

        assertThat(keys, hasSize(1));
        assertThat(TestKeys.same(keys.get(0).secretOrPrivate(), pair.getPrivate()), is(true));
        assertThat(TestKeys.same(keys.get(0).publicKey(), pair.getPublic()), is(true));
        assertThat(keys.get(0).keyId(), is(Optional.of("k-" + kind)));
        assertThat(keys.get(0).algorithm(), is(Optional.of("XX")));
    }

    @Test
    void publicJwkGivesAPublicKeyWithoutKidOrAlg() throws KeyMaterialException {
        ParsedKey key = JwkKeys.parse(TestKeys.publicJwk(TestKeys.ec("P-256"), null, null)).get(0);

        assertThat(key.canSign(), is(false));
        assertThat(key.keyId(), is(Optional.empty()));
        assertThat(key.algorithm(), is(Optional.empty()));
    }

    @Test
    void octJwkGivesAnHmacSecret() throws KeyMaterialException {
        ParsedKey key = JwkKeys.parse(TestKeys.octJwk(TestKeys.secret(48), "hmac-1")).get(0);

        assertThat(key.isSecret(), is(true));
        assertThat(key.secretOrPrivate().getEncoded(), is(TestKeys.secret(48).getBytes(StandardCharsets.UTF_8)));
        assertThat(key.keyId(), is(Optional.of("hmac-1")));
    }

    @Test
    void jwkSetGivesEveryKeyInOrder() throws KeyMaterialException {
        String set = "{\"keys\":[" + TestKeys.privateJwk(TestKeys.ec("P-256"), "new", "ES256") + ","
                + TestKeys.publicJwk(TestKeys.rsa(), "old", "RS256") + "," + TestKeys.octJwk(TestKeys.secret(32), "older")
                + "]}";

        List<ParsedKey> keys = JwkKeys.parse(set);

        assertThat(keys.stream().map(k -> k.keyId().orElseThrow()).toList(), is(List.of("new", "old", "older")));
        assertThat(keys.get(0).canSign(), is(true));
        assertThat(keys.get(1).canSign(), is(false));
    }

    @Test
    void encryptionKeyIsRefused() {
        String jwk = TestKeys.publicJwk(TestKeys.rsa(), "enc-1", null).replace("{", "{\"use\":\"enc\",");

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> JwkKeys.parse(jwk));

        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.found(), is("a JWK with kid \"enc-1\" for use \"enc\""));
    }

    @Test
    void privateMembersOfAnotherKeyAreRefused() {
        String mine = TestKeys.privateJwk(TestKeys.ec("P-256"), null, null);
        String others = TestKeys.privateJwk(TestKeys.otherEc(), null, null);
        String d = others.replaceAll(".*\"d\":\"([^\"]+)\".*", "$1");
        String mixed = mine.replaceAll("\"d\":\"[^\"]+\"", "\"d\":\"" + d + "\"");

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> JwkKeys.parse(mixed));

        assertThat(e.id(), is("SJWT0036"));
        assertThat(e.getMessage(), not(containsString(d)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "{\"kty\":\"RSA\"}", "{\"kty\":\"nope\",\"k\":\"AA\"}", "{\"keys\":[]}",
            "{\"keys\":\"x\"}"})
    void invalidJsonOrKeysAreRefused(String text) {
        assertThat(assertThrows(KeyMaterialException.class, () -> JwkKeys.parse(text)).id(), is("SJWT0031"));
    }
}
