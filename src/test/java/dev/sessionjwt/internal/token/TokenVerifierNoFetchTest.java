package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;

/**
 * Headers that point at keys elsewhere ({@code jku}, {@code x5u}, an embedded {@code jwk} with an
 * {@code x5u}) are rejected without any connection being made: a listening socket on 127.0.0.1 stands in for
 * the attacker's server and must never see one. Also: payload bytes that are not UTF-8 are rejected.
 */
class TokenVerifierNoFetchTest {

    @Test
    void keyUrlsInTheHeaderAreNeverFetched() throws IOException {
        try (ServerSocket attacker = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + attacker.getLocalPort() + "/keys";
            String payload = JsonUtil.toJson(Tokens.validClaims());
            for (String header : new String[] {
                "{\"alg\":\"HS256\",\"jku\":\"" + url + "\"}",
                "{\"alg\":\"HS256\",\"x5u\":\"" + url + "\"}",
                "{\"alg\":\"RS256\",\"jku\":\"" + url + "\",\"kid\":\"k\"}",
                "{\"alg\":\"HS256\",\"jwk\":{\"kty\":\"oct\",\"k\":\"AAAA\",\"x5u\":\"" + url + "\"}}"}) {
                String signedRight = Tokens.signed(header, payload);
                String signedWrong = Tokens.hmac("HmacSHA256", Tokens.OTHER_SECRET, header, payload);
                assertThat(header, Tokens.verify(Tokens.verifier(), signedRight).isValid(), is(false));
                assertThat(header, Tokens.verify(Tokens.verifier(), signedWrong).isValid(), is(false));
            }
            attacker.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, attacker::accept, "the verifier connected to a key URL");
        }
    }

    @Test
    void payloadThatIsNotUtf8IsRejected() {
        byte[] latin1 = "{\"sk\":\"caf\u00e9\",\"iat\":1,\"exp\":2,\"jti\":\"j\"}".getBytes(StandardCharsets.ISO_8859_1);
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(latin1);
        String header = Tokens.b64(Tokens.HS256_HEADER);
        String input = header + "." + payload;
        String token = input + "." + Tokens.b64(Tokens.mac("HmacSHA256", Tokens.SECRET, input));

        assertThat(Tokens.verify(Tokens.verifier(), token).isValid(), is(false));
    }
}
