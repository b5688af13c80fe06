package dev.sessionjwt.internal.token.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jose4j.json.JsonUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The discovery document: what it writes, that a reader reads it back, and what a reader refuses. */
class DiscoveryDocumentTest {

    private static final DiscoveryDocument SHOP = new DiscoveryDocument(Optional.of("https://shop.example.com"),
            Optional.empty(), "/shop/.well-known/jwks.json", "JSESSIONID", "sk",
            new LinkedHashMap<>(Map.of("e", "email")), List.of("ES256", "RS256"), Optional.empty(), false);

    @Test
    void writesTheMembersReadersNeedAndLeavesOutAnAbsentAudience() throws Exception {
        Map<String, Object> members = JsonUtil.parseJson(SHOP.toJson());

        assertThat(members, is(Map.of("issuer", "https://shop.example.com", "jwks_uri", "/shop/.well-known/jwks.json",
                "cookie_name", "JSESSIONID", "session_field", "sk", "claim_names", Map.of("e", "email"),
                "algorithms", List.of("ES256", "RS256"), "backchannel_logout", false)));
        assertThat(SHOP.toJson(), not(containsString("audience")));
    }

    @Test
    void aReaderReadsBackWhatTheApplicationWrote() {
        assertThat(DiscoveryDocument.parse(SHOP.toJson()), is(SHOP));
    }

    @Test
    void theJwkSetReferenceIsResolvedAgainstTheDocumentsOwnUrl() {
        URI document = URI.create("https://shop.example.com/shop/.well-known/session-jwt");

        assertThat(SHOP.jwksLocation(document), is(URI.create("https://shop.example.com/shop/.well-known/jwks.json")));
        assertThat(SHOP.jwksLocation(URI.create("http://127.0.0.1:8080/shop/.well-known/session-jwt")),
                is(URI.create("http://127.0.0.1:8080/shop/.well-known/jwks.json")));
    }

    @Test
    void membersAReaderDoesNotKnowAreIgnored() {
        String withMore = SHOP.toJson().replaceFirst("\\{", "{\"frontchannel_logout_uri\":\"/shop/logout\",");

        assertThat(DiscoveryDocument.parse(withMore), is(SHOP));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[]", "not json", "{\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"]}",
            "{\"jwks_uri\":\"/k\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"]}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[]}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"none\"]}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"s k\",\"algorithms\":[\"ES256\"]}",
            "{\"jwks_uri\":\"a b\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"]}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"],"
                    + "\"issuer\":7}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"],"
                    + "\"claim_names\":{\"e\":1}}",
            "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"],"
                    + "\"claim_names\":[\"e\"]}"})
    void aDocumentWithAMissingOrMalformedMemberIsRefusedWithoutQuotingIt(String json) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DiscoveryDocument.parse(json));

        assertThat(e.getMessage(), not(containsString(json)));
    }

    @Test
    void theRefusalNamesTheMember() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> DiscoveryDocument.parse(
                "{\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"ES256\"]}")).getMessage(),
                is("jwks_uri is missing"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> DiscoveryDocument.parse(
                "{\"jwks_uri\":\"/k\",\"cookie_name\":\"J\",\"session_field\":\"sk\",\"algorithms\":[\"none\"]}"))
                .getMessage(), containsString("algorithms names an algorithm other than"));
    }
}
