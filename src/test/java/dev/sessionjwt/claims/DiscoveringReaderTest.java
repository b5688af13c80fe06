package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenParties;
import dev.sessionjwt.internal.token.discovery.DiscoveryDocument;
import dev.sessionjwt.internal.token.keys.JwksDocument;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.TokenRejection;

/**
 * {@code SessionJwtReader.builder().discover(URI)} against an application served on 127.0.0.1: the reader takes the
 * JWK set, issuer, session field and long names from the document, and refuses to guess where the document and the
 * builder disagree, where the document cannot be read, or where it points to keys over plain http elsewhere.
 */
class DiscoveringReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String ISSUER = "https://shop.example.com";
    private static final JwtKey KEY = TestKeys.es256(TestKeys.ec("P-256"));

    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private HttpServer server;
    private URI discovery;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = documents.get(exchange.getRequestURI().getPath());
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        discovery = URI.create(base + "/shop/.well-known/session-jwt");
        documents.put("/shop/.well-known/jwks.json", JwksDocument.of(JwtKeyRing.of(KEY)));
        publish("/shop/.well-known/jwks.json");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void publish(String jwksUri) {
        documents.put("/shop/.well-known/session-jwt", new DiscoveryDocument(Optional.of(ISSUER), Optional.empty(),
                jwksUri, "JSESSIONID", "sid", Map.of("e", "email"), List.of("ES256"), Optional.empty(), false).toJson());
    }

    private static String token(TokenParties parties) {
        return new TokenIssuer(KEY, parties, "sid", Duration.ofMinutes(30), CLOCK)
                .issue("S1", Map.of("e", "ann@example.com")).compact();
    }

    @Test
    void aDiscoveredReaderReadsTheApplicationsTokensByLongNameAndRequiresItsIssuer() {
        SessionJwtReader reader = SessionJwtReader.builder().discover(discovery).clock(CLOCK).build();

        Map<String, Object> claims = reader.read(token(new TokenParties(Optional.of(ISSUER), Optional.empty())));
        assertThat(claims.get("sid"), is("S1"));
        assertThat(claims.get("email"), is("ann@example.com"));
        assertThat(reader.longNames(), is(Map.of("e", "email")));
        InvalidSessionTokenException noIssuer = assertThrows(InvalidSessionTokenException.class,
                () -> reader.read(token(TokenParties.NONE)));
        assertThat(noIssuer.reason(), is(TokenRejection.UNEXPECTED_ISSUER));
    }

    @Test
    void aSettingThatDisagreesWithTheDocumentFailsTheBuildNamingBoth() {
        IllegalStateException issuer = assertThrows(IllegalStateException.class,
                () -> SessionJwtReader.builder().discover(discovery).issuer("https://other.example").build());
        assertThat(issuer.getMessage(), is("discover(" + discovery + "): issuer is https://other.example here but "
                + ISSUER + " in the application's discovery document; give it once"));

        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(discovery)
                .audience("orders").build()).getMessage(), containsString("audience is orders here but (none)"));
        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(discovery)
                .sessionField("sk").build()).getMessage(), containsString("sessionField is sk here but sid"));
        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(discovery)
                .longNames(Map.of("e", "mail")).build()).getMessage(), containsString("longNames for e is mail"));
        SessionJwtReader.builder().discover(discovery).issuer(ISSUER).sessionField("sid")
                .longNames(Map.of("e", "email", "dn", "display_name")).build();
    }

    @Test
    void theDocumentIsTheOnlyKeySource() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder()
                .discover(discovery).jwks(discovery.resolve("jwks.json")).build());

        assertThat(e.getMessage(), containsString("discover(...) is the key source"));
    }

    @Test
    void aDocumentThatCannotBeFetchedOrReadFailsTheBuild() {
        URI missing = discovery.resolve("/nowhere/.well-known/session-jwt");
        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(missing)
                .build()).getMessage(), containsString("discover(" + missing + "): fetch failed: IOException (Non 200 status code"
                + " (404 Not Found)"));

        documents.put("/shop/.well-known/session-jwt", "{\"keys\":[]}");
        assertThat(assertThrows(IllegalStateException.class, () -> SessionJwtReader.builder().discover(discovery)
                .build()).getMessage(), is("discover(" + discovery + "): not a session-jwt discovery document:"
                + " jwks_uri is missing"));
    }

    @Test
    void aDocumentThatPointsToKeysOverPlainHttpElsewhereIsRefused() {
        publish("http://keys.example.com/jwks.json");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SessionJwtReader.builder().discover(discovery).build());

        assertThat(e.getMessage(), containsString("discover(http://keys.example.com/jwks.json): expected an https://"
                + " URL, or http:// to a loopback address"));
    }

    @Test
    void aDocumentOverPlainHttpToAnotherHostIsRefusedUnlessTheCallerOptedIn() {
        URI plain = URI.create("http://shop.example.com/shop/.well-known/session-jwt");

        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder().discover(plain)
                .build()).getMessage(), containsString("discover(" + plain + "): expected an https:// URL"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> SessionJwtReader.builder()
                .discover(URI.create("ftp://shop.example.com/x"))).getMessage(),
                containsString("expected an absolute https:// URL with a host"));
    }

}
