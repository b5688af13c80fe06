package dev.sessionjwt.token.keys;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link KeyParser}: PEM, JWK or else a secret, and a key that lost its PEM lines. */
class KeyParserTest {

    @Test
    void plainTextIsAnHmacSecretOfItsUtf8Bytes() throws KeyMaterialException {
        ParsedKey key = KeyParser.parse("ünïcödé-secret").get(0);

        assertThat(key.isSecret(), is(true));
        assertThat(key.secretOrPrivate().getEncoded(), is("ünïcödé-secret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void pemAndJwkAreRecognised() throws KeyMaterialException {
        assertThat(KeyParser.parse(TestKeys.privatePem(TestKeys.rsa())).get(0).canSign(), is(true));
        assertThat(KeyParser.parse(TestKeys.publicJwk(TestKeys.rsa(), null, null)).get(0).canSign(), is(false));
    }

    @Test
    void base64DerWithoutPemLinesIsRefusedRatherThanTakenForASecret() {
        String bare = Base64.getEncoder().encodeToString(TestKeys.rsa().getPrivate().getEncoded());

        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> KeyParser.parse(bare));

        assertThat(e.id(), is("SJWT0031"));
        assertThat(e.found(), is("base64 DER (a key without its PEM lines?)"));
    }
}
