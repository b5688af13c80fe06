package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.lang.reflect.Proxy;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenRecognizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;

/**
 * The fast path where the container cannot look at a session untouched (WildFly, Open Liberty): the library's copy of
 * each session's memory, kept by the session events, recognizes the session's own token without a single call to the
 * session; a flood of forged values naming the session is recognized never and touches nothing; the end of the
 * session, a new id and the removal of the claims value forget the copy; the index never grows past its bound.
 */
class SessionMemoIndexTest {

    private static final JwtKey KEY = JwtKey.hmacSha256("0123456789abcdef0123456789abcdef");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final TokenIssuer issuer = new TokenIssuer(KEY, "sk", LIFETIME, CLOCK);
    private final TokenCounters counters = new TokenCounters();
    /** Calls to any session, by any code, other than the writes the test makes through {@link #issue}. */
    private final AtomicInteger sessionCalls = new AtomicInteger();
    private SessionMemoIndex index = new SessionMemoIndex(16);
    private RememberedTokens remembered = rememberedWith(index);
    private boolean issuing;

    @Test
    void theSessionsOwnTokenIsRecognizedFromTheCopyWithoutTouchingTheSession() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);

        assertThat(remembered.recognize(null, own.compact()).token().jwtId(), equalTo(own.jwtId()));
        assertThat(counters.tokensRecognized(), is(1L));
        assertThat("the session was not called", sessionCalls.get(), is(0));
    }

    @Test
    void aFloodOfForgedValuesNamingTheSessionIsNeverRecognizedAndTouchesNothing() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);
        String signingInput = own.compact().substring(0, own.compact().lastIndexOf('.') + 1);
        SecureRandom random = new SecureRandom();

        for (int i = 0; i < 3_000; i++) {
            byte[] signature = new byte[32];
            random.nextBytes(signature);
            assertThat(remembered.recognize(null, signingInput
                    + Base64.getUrlEncoder().withoutPadding().encodeToString(signature)), nullValue());
        }

        assertThat("the session was not called", sessionCalls.get(), is(0));
        assertThat(index.size(), is(1));
        assertThat(remembered.recognize(null, own.compact()), notNullValue());
    }

    @Test
    void theTwoLastTokensAreRecognizedTheOneBeforeThemIsNot() {
        HttpSession session = session("session-1");
        SessionToken first = issue(session);
        SessionToken second = issue(session);
        SessionToken third = issue(session);

        assertThat(remembered.recognize(null, third.compact()), notNullValue());
        assertThat(remembered.recognize(null, second.compact()), notNullValue());
        assertThat(remembered.recognize(null, first.compact()), nullValue());
    }

    @Test
    void theEndOfTheSessionForgetsIt() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);

        index.sessionDestroyed(new HttpSessionEvent(session));

        assertThat(remembered.recognize(null, own.compact()), nullValue());
        assertThat(index.size(), is(0));
    }

    @Test
    void aNewIdForgetsTheOldIdsTokenAndTheNewIdIsKnownOnlyOnceItsTokenIsIssued() {
        Map<String, Object> attributes = new HashMap<>();
        HttpSession before = session("session-1", attributes);
        SessionToken own = issue(before);
        HttpSession renamed = session("session-2", attributes); // the same attributes under the new id

        index.sessionIdChanged(new HttpSessionEvent(renamed), "session-1");

        assertThat(remembered.recognize(null, own.compact()), nullValue());
        assertThat(index.memoOf("session-2"), nullValue());
        SessionToken renewed = issue(renamed);
        assertThat(remembered.recognize(null, renewed.compact()), notNullValue());
        assertThat(index.size(), is(1));
    }

    @Test
    void aMemoryNamingAnotherIdIsNotCopiedUnderThisOne() {
        Map<String, Object> attributes = new HashMap<>();
        issue(session("session-1", attributes));
        HttpSession renamed = session("session-2", attributes);

        index.attributeReplaced(new HttpSessionBindingEvent(renamed, SessionAttributes.CLAIMS));

        assertThat(index.memoOf("session-2"), nullValue());
    }

    @Test
    void removingTheClaimsValueForgetsTheSession() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);

        index.attributeRemoved(new HttpSessionBindingEvent(session, SessionAttributes.CLAIMS));

        assertThat(remembered.recognize(null, own.compact()), nullValue());
    }

    @Test
    void otherAttributesAreIgnored() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);

        index.attributeRemoved(new HttpSessionBindingEvent(session, "something-else"));

        assertThat(remembered.recognize(null, own.compact()), notNullValue());
    }

    @Test
    void theIndexStopsAtItsBoundAndStillFollowsTheSessionsItHolds() {
        index = new SessionMemoIndex(2);
        remembered = rememberedWith(index);
        HttpSession one = session("session-1");
        HttpSession two = session("session-2");
        issue(one);
        issue(two);

        SessionToken third = issue(session("session-3"));
        SessionToken renewed = issue(one);

        assertThat(index.size(), is(2));
        assertThat("beyond the bound: left to full verification", remembered.recognize(null, third.compact()),
                nullValue());
        assertThat(remembered.recognize(null, renewed.compact()), notNullValue());
    }

    @Test
    void anAdapterThatPeeksIsAskedAndTheIndexIsNotUsed() {
        HttpSession session = session("session-1");
        SessionToken own = issue(session);
        AtomicInteger peeks = new AtomicInteger();
        RememberedTokens peeking = new RememberedTokens(recognizer(), new Adapter(true) {
            @Override
            public HttpSession peek(HttpServletRequest request, String sessionId) {
                peeks.incrementAndGet();
                return null;
            }
        }, index, counters);

        assertThat(peeking.recognize(null, own.compact()), nullValue());
        assertThat(peeks.get(), is(1));
    }

    /** Issues a token to the session, as the library does, and announces the write as the container would. */
    private SessionToken issue(HttpSession session) {
        issuing = true;
        try {
            SessionToken token = issuer.issue(session.getId(), Map.of());
            boolean added = session.getAttribute(SessionAttributes.CLAIMS) == null;
            remembered.remember(session, token, token.claims());
            HttpSessionBindingEvent event = new HttpSessionBindingEvent(session, SessionAttributes.CLAIMS);
            if (added) {
                index.attributeAdded(event);
            } else {
                index.attributeReplaced(event);
            }
            return token;
        } finally {
            issuing = false;
        }
    }

    private RememberedTokens rememberedWith(SessionMemoIndex memos) {
        return new RememberedTokens(recognizer(), new Adapter(false), memos, counters);
    }

    private static TokenRecognizer recognizer() {
        return new TokenRecognizer(JwtKeyRing.of(KEY), "sk", LIFETIME, Duration.ofSeconds(30), 8192, CLOCK);
    }

    private HttpSession session(String id) {
        return session(id, new HashMap<>());
    }

    /** A session over the given attributes; every call outside {@link #issue} is counted. */
    private HttpSession session(String id, Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> {
                    if (!issuing) {
                        sessionCalls.incrementAndGet();
                    }
                    return switch (method.getName()) {
                        case "getId" -> id;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "toString" -> "FakeSession[" + id + "]";
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    /** An adapter that cannot (or can) peek, and must not be asked to bind. */
    private static class Adapter implements ContainerAdapter {
        private final boolean peeks;

        Adapter(boolean peeks) {
            this.peeks = peeks;
        }

        @Override
        public boolean peeks() {
            return peeks;
        }

        @Override
        public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detach(HttpServletRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public HttpServletResponse responseOf(HttpServletRequest request) {
            throw new UnsupportedOperationException();
        }
    }
}
