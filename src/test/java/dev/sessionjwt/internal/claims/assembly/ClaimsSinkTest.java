package dev.sessionjwt.internal.claims.assembly;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of {@link ClaimsSink}: conversion, omitted values, and what a provider may not add. */
class ClaimsSinkTest {

    private final ClaimsSink sink = new ClaimsSink("sk");

    @Test
    void addedValuesAreConvertedAndKeptInOrder() {
        sink.add("e", "alice@example.com", "field email");
        sink.add("since", Instant.ofEpochSecond(1000), "field since");
        sink.add("level", Thread.State.RUNNABLE, "producer");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("e", "alice@example.com");
        expected.put("since", 1000L);
        expected.put("level", "RUNNABLE");
        assertThat(sink.claims(), is(expected));
        assertThat(List.copyOf(sink.claims().keySet()), contains("e", "since", "level"));
    }

    @Test
    void nullAndEmptyOptionalAreOmitted() {
        sink.add("a", null, "producer a");
        sink.add("b", Optional.empty(), "producer b");

        assertThat(sink.claims(), is(Map.of()));
    }

    @Test
    void unsupportedValueIsOmittedWhileOthersStay() {
        sink.add("before", "x", "field before");
        sink.add("bad", new Object(), "field bad");
        sink.add("badInList", List.of("ok", new StringBuilder()), "producer badInList");
        sink.add("after", 2, "field after");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("before", "x");
        expected.put("after", 2);
        assertThat(sink.claims(), is(expected));
    }

    @Test
    void providerClaimIsConvertedAndAdded() {
        sink.addFromProvider("tenant", Optional.of("acme"), "TenantClaims");

        assertThat(sink.claims(), is(Map.of("tenant", "acme")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk", "exp", "iat", "nbf", "jti", "iss", "aud", "sub", "groups", "typ", "upn"})
    void reservedNameFromAProviderIsDropped(String name) {
        sink.addFromProvider(name, "forged", "EvilClaims");
        sink.addFromProvider("tenant", "acme", "EvilClaims");

        assertThat(sink.claims(), is(Map.of("tenant", "acme")));
    }

    @Test
    void configuredSessionFieldIsReservedForProviders() {
        ClaimsSink custom = new ClaimsSink("sid");

        custom.addFromProvider("sid", "forged", "EvilClaims");
        custom.addFromProvider("sk", "allowed", "EvilClaims");

        assertThat(custom.claims(), is(Map.of("sk", "allowed")));
    }

    @Test
    void nullNameFromAProviderIsDropped() {
        sink.addFromProvider(null, "x", "NullClaims");

        assertThat(sink.claims(), is(Map.of()));
    }

    @Test
    void providerCannotOverwriteAClaimAlreadySet() {
        sink.putIdentity("sub", "alice");
        sink.add("e", "alice@example.com", "field email");
        sink.addFromProvider("tenant", "acme", "FirstClaims");

        sink.addFromProvider("e", "mallory@example.com", "SecondClaims");
        sink.addFromProvider("tenant", "evil", "SecondClaims");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("sub", "alice");
        expected.put("e", "alice@example.com");
        expected.put("tenant", "acme");
        assertThat(sink.claims(), is(expected));
    }

    @Test
    void unsupportedProviderValueIsOmittedWhileItsOtherClaimsStay() {
        sink.addFromProvider("bad", new Object(), "MixedClaims");
        sink.addFromProvider("good", true, "MixedClaims");

        assertThat(sink.claims(), is(Map.of("good", true)));
    }

    @Test
    void identityClaimsAreStoredAsGiven() {
        sink.putIdentity("sub", "alice");
        sink.putIdentity("groups", List.of("admin", "user"));

        assertThat(sink.claims(), is(Map.of("sub", "alice", "groups", List.of("admin", "user"))));
    }
}
