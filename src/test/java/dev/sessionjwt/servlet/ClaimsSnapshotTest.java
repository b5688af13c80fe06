package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.KeyBinding;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenMemo;
import dev.sessionjwt.internal.token.TokenParties;

/**
 * The session's copy of the claims: equal to the claims it was made from, in order, unmodifiable, serializable,
 * whether the issuer's trailing iat, exp and jti are packed or not; it carries the session's memory of its tokens.
 */
class ClaimsSnapshotTest {

    private static Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", "a@example.org");
        claims.put("groups", List.of("x", "y"));
        claims.put("nothing", null);
        claims.put("sk", "session-1");
        claims.put("iat", 100L);
        return claims;
    }

    @Test
    void equalsTheClaimsInTheirOrderIncludingNullValues() {
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(claims(), null);

        assertThat(snapshot, equalTo(claims()));
        assertThat(claims(), equalTo(snapshot));
        assertThat(snapshot.hashCode(), is(claims().hashCode()));
        assertThat(snapshot.keySet(), contains("email", "groups", "nothing", "sk", "iat"));
        assertThat(snapshot.get("iat"), equalTo(100L));
        assertThat(snapshot.containsKey("nothing"), is(true));
        assertThat(snapshot.get("nothing"), nullValue());
        assertThat(snapshot.get("missing"), nullValue());
        assertThat(snapshot.size(), is(5));
    }

    @Test
    void cannotBeModified() {
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(claims(), null);

        assertThrows(UnsupportedOperationException.class, () -> snapshot.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.entrySet().iterator().next().setValue(1));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.keySet().iterator().remove());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.remove("email"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.remove("missing"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.putAll(Map.of("x", 1)));
        assertThrows(UnsupportedOperationException.class, snapshot::clear);
        assertThat(snapshot, equalTo(claims()));
    }

    @Test
    void readsAsAMapWithoutBeingOne() {
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(claims(), null);

        assertThat(snapshot.isEmpty(), is(false));
        assertThat(ClaimsSnapshot.of(Map.of(), null).isEmpty(), is(true));
        assertThat(snapshot.containsValue("a@example.org"), is(true));
        assertThat(snapshot.containsValue(null), is(true));
        assertThat(snapshot.containsValue("session-2"), is(false));
        assertThat(new ArrayList<>(snapshot.values()), equalTo(new ArrayList<>(claims().values())));
        assertThat(snapshot.toString(), equalTo(claims().toString()));
        assertThat(snapshot, is(not(equalTo(Map.of("sk", "session-1")))));
        assertThat(snapshot.equals(snapshot), is(true));
    }

    @Test
    void survivesSerializationAsASessionAttributeDoes() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ClaimsSnapshot.of(claims(), null));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject(), equalTo(claims()));
        }
    }

    /** Claims as the issuer writes them: extra claims, the session id, then iat, exp and a 16-byte jti. */
    private static Map<String, Object> issued(String jti) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "alice");
        claims.put("groups", List.of("user"));
        claims.put("sk", "session-1");
        claims.put("iat", 1_700_000_000L);
        claims.put("exp", 1_700_001_800L);
        claims.put("jti", jti);
        return claims;
    }

    @Test
    void theIssuersTrailingClaimsReadBackInOrderWithTheirValuesAndTypes() {
        String jti = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {
            -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, -128});
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(issued(jti), null);

        assertThat(snapshot, equalTo(issued(jti)));
        assertThat(snapshot.hashCode(), is(issued(jti).hashCode()));
        assertThat(snapshot.keySet(), contains("sub", "groups", "sk", "iat", "exp", "jti"));
        assertThat(snapshot.get("iat"), equalTo((Object) 1_700_000_000L));
        assertThat(snapshot.get("exp"), equalTo((Object) 1_700_001_800L));
        assertThat(snapshot.get("jti"), equalTo((Object) jti));
        assertThat(snapshot.containsKey("jti"), is(true));
        assertThat(snapshot.size(), is(6));
    }

    @Test
    void aJwtIdTheIssuerDoesNotWriteIsKeptAsItIs() {
        for (String jti : List.of("made-by-the-test", "AAAAAAAAAAAAAAAAAAAAAB", "AAAAAAAAAAAAAAAAAAAA+/", "")) {
            assertThat(jti, ClaimsSnapshot.of(issued(jti), null), equalTo(issued(jti)));
        }
        Map<String, Object> numericJti = issued("x");
        numericJti.put("jti", 7L);
        assertThat(ClaimsSnapshot.of(numericJti, null), equalTo(numericJti));
        Map<String, Object> stringTimes = issued("AAAAAAAAAAAAAAAAAAAAAA");
        stringTimes.put("iat", "1700000000");
        assertThat(ClaimsSnapshot.of(stringTimes, null), equalTo(stringTimes));
    }

    @Test
    void carriesTheSessionsMemoryOfItsTokensThroughSerialization() throws IOException, ClassNotFoundException {
        SessionToken token = new SessionToken("e30.e30.c2ln", "session-1", Instant.ofEpochSecond(1_700_000_000L),
                Instant.ofEpochSecond(1_700_001_800L), "AAAAAAAAAAAAAAAAAAAAAA", Map.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ClaimsSnapshot.of(issued("AAAAAAAAAAAAAAAAAAAAAA"), TokenMemo.after(null, token,
                    KeyBinding.of(JwtKey.hmacSha256("0123456789abcdef0123456789abcdef"), TokenParties.NONE))));
        }
        ClaimsSnapshot copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ClaimsSnapshot) in.readObject();
        }

        assertThat(copy, equalTo(issued("AAAAAAAAAAAAAAAAAAAAAA")));
        assertThat(copy.memo().remembers(TokenMemo.digest(token.compact())), is(true));
        assertThat(copy.memo().remembers(TokenMemo.digest(token.compact() + "x")), is(false));
    }
}
