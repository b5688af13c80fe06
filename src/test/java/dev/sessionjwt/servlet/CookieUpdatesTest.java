package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.security.Principal;
import java.util.HashMap;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.SessionToken;

/**
 * Unit tests of {@link CookieUpdates}: what a freshly issued token carries, and that a token too large for the browser
 * or for {@code session-jwt.max-token-size} is issued with the core claims only, never one the next request refuses.
 */
class CookieUpdatesTest {

    private final FakeContainer container = new FakeContainer();

    @Test
    void issuedTokenCarriesTheCallersFieldsAndTheSessionKeepsTheirLongForm() throws Exception {
        RequestPath path = new RequestPath(container, null, "session-jwt.fields", "email:e:email");
        ProfilePrincipal alice = new ProfilePrincipal("alice", "alice@example.org");

        RequestPath.Served served = path.serve(alice, request -> request.getSession(true));

        SessionToken issued = path.verified(served.issuedToken());
        assertThat(issued.claims().get("e"), is("alice@example.org"));
        assertThat(issued.claims().get("sub"), is("alice"));
        ClaimsSnapshot snapshot = (ClaimsSnapshot) container.sessions.get(issued.sessionId())
                .getAttribute(SessionAttributes.CLAIMS);
        assertThat(snapshot.get("email"), is("alice@example.org"));
        assertThat(snapshot, not(hasKey("e")));
        assertThat(container.sessions.get(issued.sessionId()).getAttribute(SessionAttributes.CALLER), is("alice"));
    }

    @Test
    void tokenOverTheMaximumSizeIsIssuedWithTheCoreClaimsOnly() throws Exception {
        RequestPath path = new RequestPath(container, null, "session-jwt.fields", "email:e:email",
                "session-jwt.max-token-size", "1024");
        ProfilePrincipal verbose = new ProfilePrincipal("alice", "a".repeat(2000) + "@example.org");

        RequestPath.Served served = path.serve(verbose, request -> request.getSession(true));

        String token = served.issuedToken();
        SessionToken issued = path.verified(token);
        assertThat(token.length(), is(lessThanOrEqualTo(1024)));
        assertThat(issued.claims(), not(hasKey("e")));
        assertThat(issued.claims(), not(hasKey("groups")));
        assertThat(issued.claims().get("sub"), is("alice"));
    }

    /** A caller principal whose fields an attribute path reads as map entries. */
    private static final class ProfilePrincipal extends HashMap<String, Object> implements Principal {
        private static final long serialVersionUID = 1L;
        private final String name;

        ProfilePrincipal(String name, String email) {
            this.name = name;
            put("email", email);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
