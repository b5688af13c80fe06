package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.sameInstance;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import dev.sessionjwt.token.JwtKey;

/** Unit tests of {@link JwtKey}: the HS256 factory and a toString without the secret. */
class JwtKeyTest {

    @Test
    void hmacSha256UsesTheUtf8BytesOfTheSecretForSigningAndVerifying() {
        JwtKey key = JwtKey.hmacSha256("ünïcödé-secret-of-at-least-32-bytes");

        assertThat(key.algorithm(), is("HS256"));
        assertThat(key.signingKey(), sameInstance(key.verificationKey()));
        assertThat(key.signingKey().getEncoded(), is("ünïcödé-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void toStringNamesTheAlgorithmButNotTheSecret() {
        JwtKey key = JwtKey.hmacSha256(Tokens.SECRET);

        assertThat(key.toString(), is("JwtKey[" + key.keyId() + ", HS256]"));
        assertThat(key.toString(), not(containsString(Tokens.SECRET)));
    }

    @Test
    void nullComponentsAreRefused() {
        JwtKey key = JwtKey.hmacSha256(Tokens.SECRET);

        assertThrows(NullPointerException.class, () -> new JwtKey(null, "HS256", key.signingKey(), key.verificationKey()));
        assertThrows(NullPointerException.class, () -> new JwtKey("k", null, key.signingKey(), key.verificationKey()));
        assertThrows(NullPointerException.class, () -> new JwtKey("k", "HS256", key.signingKey(), null));
    }
}
