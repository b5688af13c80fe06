package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * The fast path against a live session: a flood of forged values naming the session (wrong signatures, other
 * claims, a key that is not in the ring) is never recognized and never writes to the session, so the session's own
 * token is still recognized afterwards; a value the library did not write is ignored, not trusted.
 */
class RememberedTokensTest {

    private static final JwtKey KEY = JwtKey.hmacSha256("0123456789abcdef0123456789abcdef");
    private static final JwtKey REMOVED = JwtKey.hmacSha256("fedcba9876543210fedcba9876543210");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final HttpSession session = session("session-1");
    private final TokenCounters counters = new TokenCounters();
    private final RememberedTokens remembered = new RememberedTokens(
            new TokenRecognizer(JwtKeyRing.of(KEY), "sk", LIFETIME, Duration.ofSeconds(30), 8192, CLOCK),
            new PeekingAdapter(), null, counters);
    private final TokenIssuer issuer = new TokenIssuer(KEY, "sk", LIFETIME, CLOCK);
    private SessionToken own;

    @BeforeEach
    void issueTheSessionsToken() {
        own = issuer.issue("session-1", Map.of());
        remembered.remember(session, own, own.claims());
        writes.set(0);
    }

    @Test
    void aFloodOfForgedValuesNamingTheSessionNeverBindsNorWritesAndItsOwnTokenIsStillRecognized() {
        Object before = attributes.get(SessionAttributes.CLAIMS);
        SecureRandom random = new SecureRandom();
        String signingInput = own.compact().substring(0, own.compact().lastIndexOf('.') + 1);
        String header = signingInput.substring(0, signingInput.indexOf('.') + 1);
        String payload = new String(Base64.getUrlDecoder().decode(signingInput.substring(header.length(),
                signingInput.length() - 1)), StandardCharsets.UTF_8);

        for (int i = 0; i < 3_000; i++) {
            byte[] signature = new byte[32];
            random.nextBytes(signature);
            assertThat(remembered.recognize(null, signingInput + b64(signature)), nullValue());
            String otherJti = header + b64(payload.replace(own.jwtId(), "forged-" + i).getBytes(StandardCharsets.UTF_8))
                    + "." + b64(signature);
            assertThat(remembered.recognize(null, otherJti), nullValue());
            String wrongKey = new TokenIssuer(REMOVED, "sk", LIFETIME, CLOCK).issue("session-1", Map.of()).compact();
            assertThat(remembered.recognize(null, wrongKey), nullValue());
        }

        assertThat("no write to the session", writes.get(), is(0));
        assertThat(attributes.get(SessionAttributes.CLAIMS), sameInstance(before));
        assertThat(remembered.recognize(null, own.compact()), notNullValue());
        assertThat(counters.tokensRecognized(), is(1L));
    }

    @Test
    void theRecognizedTokenIsTheIssuedOne() {
        assertThat(remembered.recognize(null, own.compact()).token().jwtId(), equalTo(own.jwtId()));
        assertThat(remembered.recognize(null, own.compact()).token().sessionId(), equalTo("session-1"));
    }

    @Test
    void aClaimsValueTheLibraryDidNotWriteIsIgnoredUntilTheNextToken() {
        attributes.put(SessionAttributes.CLAIMS, new HashMap<>(own.claims()));

        assertThat(remembered.recognize(null, own.compact()), nullValue());

        SessionToken next = issuer.issue("session-1", Map.of());
        remembered.remember(session, next, next.claims());
        assertThat(remembered.recognize(null, next.compact()), notNullValue());
        assertThat(attributes.get(SessionAttributes.CLAIMS), equalTo(next.claims()));
    }

    @Test
    void afterANewIdTheOldIdsTokenIsForgottenEvenWhereTheSessionIsStillFoundUnderIt() {
        SessionToken renewed = issuer.issue("session-2", Map.of());
        remembered.remember(session, renewed, renewed.claims());

        assertThat(remembered.recognize(null, own.compact()), nullValue());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A session that keeps its attributes in {@link #attributes} and counts the writes. */
    private HttpSession session(String id) {
        return (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> id;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "setAttribute" -> {
                        writes.incrementAndGet();
                        attributes.put((String) args[0], args[1]);
                        yield null;
                    }
                    case "toString" -> "FakeSession[" + id + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** An adapter that finds the one session under any id it is asked for, as a container with a peek would. */
    private final class PeekingAdapter implements ContainerAdapter {
        @Override
        public HttpSession peek(HttpServletRequest request, String sessionId) {
            return session;
        }

        @Override
        public boolean peeks() {
            return true;
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
