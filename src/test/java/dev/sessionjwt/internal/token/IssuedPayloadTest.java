package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The cheap payload reader: top-level members only, the issuer's plain form only, null for anything else. */
class IssuedPayloadTest {

    private static final byte[] SK = "sk".getBytes(StandardCharsets.UTF_8);

    private static IssuedPayload read(String json) {
        return IssuedPayload.read(json.getBytes(StandardCharsets.UTF_8), SK);
    }

    @Test
    void readsTheTopLevelMembersAndSkipsNestedOnesOfTheSameName() {
        IssuedPayload payload = read("{\"o\":{\"sk\":\"nested\",\"a\":[1,{\"exp\":2}],\"s\":\"}\\\"]\"},"
                + "\"sk\":\"id-1\",\"iat\":100,\"exp\":200,\"jti\":\"j\",\"n\":null,\"b\":true,\"d\":1.5e3}");

        assertThat(payload, notNullValue());
        assertThat(payload.sessionId, equalTo("id-1"));
        assertThat(payload.issuedAt, equalTo(100L));
        assertThat(payload.expiresAt, equalTo(200L));
        assertThat(payload.jwtId, equalTo("j"));
    }

    @Test
    void anythingButThePlainFormIsLeftToFullVerification() {
        String[] payloads = {
            "{\"sk\":\"id-1\",\"iat\":100,\"exp\":200}",                          // no jti
            "{\"sk\":\"id-1\",\"sk\":\"id-2\",\"iat\":100,\"exp\":200,\"jti\":\"j\"}", // duplicate
            "{\"sk\":\"id\\/1\",\"iat\":100,\"exp\":200,\"jti\":\"j\"}",          // escaped
            "{\"sk\":\"id-1\",\"iat\":1.5,\"exp\":200,\"jti\":\"j\"}",            // not whole
            "{\"sk\":\"id-1\",\"iat\":-1,\"exp\":200,\"jti\":\"j\"}",             // negative
            "{\"sk\":\"id-1\",\"iat\":100,\"exp\":12345678901234567890,\"jti\":\"j\"}", // too long
            "{\"sk\":1,\"iat\":100,\"exp\":200,\"jti\":\"j\"}",                   // not a string
            "{\"sk\":\"id-1\",\"iat\":100,\"exp\":200,\"jti\":\"j\"} x",          // trailing
            "{\"sk\":\"id-1\",\"iat\":100,\"exp\":200,\"jti\":\"j\"",             // unterminated
            "{\"sk\":\"id-1\" \"iat\":100,\"exp\":200,\"jti\":\"j\"}",            // no comma
            "[\"sk\",\"id-1\"]", "{}", "", "{\"sk\":\"\u00e9\",\"iat\":1,\"exp\":2,\"jti\":\"j\"}",
            "{\"o\":{\"x\":\"unterminated}",
        };
        for (String json : payloads) {
            assertThat(json, read(json), nullValue());
        }
    }

    @Test
    void noPrefixAndNoMutationOfAPayloadMakesTheReaderThrow() {
        // the fast path reads payloads before anything is trusted: a throw there would cost the request its
        // session (fail-closed), so every damaged payload must come back as a payload or as null
        byte[] valid = ("{\"o\":{\"sk\":\"x\",\"a\":[1,{\"b\":\"}\\\"\"}]},\"sk\":\"id-1\",\"iat\":100,"
                + "\"exp\":200,\"jti\":\"j\",\"d\":-1.5e3,\"n\":null}").getBytes(StandardCharsets.UTF_8);
        assertThat(IssuedPayload.read(valid, SK), notNullValue());
        for (int length = 0; length < valid.length; length++) {
            IssuedPayload.read(java.util.Arrays.copyOf(valid, length), SK);
        }
        java.util.Random random = new java.util.Random(0x5e55_10_4aL);
        byte[] alphabet = "{}[]\",:\\-.0123456789eEntrufals \u0000".getBytes(StandardCharsets.ISO_8859_1);
        int nonNull = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] mutant = valid.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                mutant[random.nextInt(mutant.length)] = random.nextBoolean()
                        ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            if (IssuedPayload.read(mutant, SK) != null) {
                nonNull++;
            }
        }
        // some mutants only touch the nested member or a digit and still read; most do not
        assertThat(nonNull > 0 && nonNull < 20_000, equalTo(true));
    }
}
