package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The session's copy of the claims: equal to the claims it was made from, in order, unmodifiable, serializable. */
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
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(claims());

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
        ClaimsSnapshot snapshot = ClaimsSnapshot.of(claims());

        assertThrows(UnsupportedOperationException.class, () -> snapshot.put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.entrySet().iterator().next().setValue(1));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.keySet().iterator().remove());
    }

    @Test
    void survivesSerializationAsASessionAttributeDoes() throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ClaimsSnapshot.of(claims()));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject(), equalTo(claims()));
        }
    }
}
