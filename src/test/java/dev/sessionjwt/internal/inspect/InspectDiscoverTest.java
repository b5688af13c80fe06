package dev.sessionjwt.internal.inspect;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.discovery.DiscoveryDocument;
import dev.sessionjwt.internal.token.discovery.EndedSessionsLog;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;

/**
 * {@code inspect --discover URL TOKEN} against an application's discovery document, JWK set and ended-sessions feed
 * served on 127.0.0.1 (the feed written by the application's own log): a live session's token is VALID (exit 0), the
 * token of a session that ended is ENDED (exit 1), and --discover is one key source among the others. The long names come from the document, not the command line.
 */
class InspectDiscoverTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ISSUER = "https://shop.example.com";
    private static final KeyPair PAIR = TestKeys.ec("P-256");
    private static final JwtKey KEY = new JwtKey(JwtKey.thumbprint(PAIR.getPublic()), "ES256", PAIR.getPrivate(),
            PAIR.getPublic());

    private final EndedSessionsLog log = new EndedSessionsLog(CLOCK, 100);
    private HttpServer server;
    private String discovery;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/shop/.well-known/session-jwt", () -> new DiscoveryDocument(Optional.of(ISSUER), Optional.empty(),
                "/shop/.well-known/jwks.json", "JSESSIONID", "sk", Map.of("e", "email"), List.of("ES256"),
                Optional.of("/shop/.well-known/session-jwt-ended"), false).toJson());
        serve("/shop/.well-known/jwks.json", () -> JwksDocument.of(JwtKeyRing.of(KEY)));
        serve("/shop/.well-known/session-jwt-ended", () -> log.feed(Optional.empty(), Optional.of(ISSUER))
                .signedWith(KEY));
        server.start();
        discovery = "http://127.0.0.1:" + server.getAddress().getPort() + "/shop/.well-known/session-jwt";
    }

    private void serve(String path, java.util.function.Supplier<String> body) {
        server.createContext(path, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String token(String sessionId) {
        return new TokenIssuer(KEY, new TokenParties(Optional.of(ISSUER), Optional.empty()), "sk",
                Duration.ofMinutes(30), CLOCK).issue(sessionId, Map.of("e", "ann@example.com")).compact();
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = InspectCommand.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK);
        return new String[] {Integer.toString(status), bytes.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aLiveSessionsTokenIsValidAndAnEndedOnesIsEnded() {
        log.ended("S-ended", Duration.ofMinutes(31));

        String[] live = run("inspect", token("S-live"), "--discover", discovery);
        String[] ended = run("inspect", token("S-ended"), "--discover", discovery);

        assertThat(live[1], live[0], is("0"));
        assertThat(live[1], containsString("verdict: VALID"));
        assertThat(live[1], containsString("email (e) = \"ann@example.com\""));
        assertThat(ended[1], ended[0], is("1"));
        assertThat(ended[1], containsString("verdict: ENDED"));
    }

    @Test
    void discoverIsOneKeySourceAmongTheOthers() {
        String[] both = run("inspect", token("S-live"), "--discover", discovery, "--jwks", discovery);

        assertThat(both[0], is("2"));
        assertThat(both[1], containsString("one key source only"));
    }
}
