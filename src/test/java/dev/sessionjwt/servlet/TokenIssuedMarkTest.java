package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;

/** Unit tests of {@link TokenIssuedMark}: the mark comes back when removed, except from a session being invalidated. */
class TokenIssuedMarkTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private boolean invalidated;
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> switch (method.getName()) {
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> {
                    if (invalidated) {
                        throw new IllegalStateException("setAttribute: session already invalidated");
                    }
                    yield attributes.put((String) args[0], args[1]);
                }
                default -> throw new UnsupportedOperationException(method.getName());
            });
    private final TokenIssuedMark mark = new TokenIssuedMark();

    @Test
    void theMarkRemovedByTheApplicationComesBackAndOtherAttributesStayRemoved() {
        mark.attributeRemoved(new HttpSessionBindingEvent(session, SessionAttributes.TOKEN_ISSUED, Boolean.TRUE));
        mark.attributeRemoved(new HttpSessionBindingEvent(session, "cart", "3 items"));

        assertThat(TokenIssuedMark.isSet(session), is(true));
        assertThat(attributes, is(Map.of(SessionAttributes.TOKEN_ISSUED, Boolean.TRUE)));
    }

    @Test
    void aSessionBeingInvalidatedLosesTheMarkWithoutAnError() {
        invalidated = true;

        assertDoesNotThrow(() -> mark.attributeRemoved(new HttpSessionBindingEvent(session,
                SessionAttributes.TOKEN_ISSUED, Boolean.TRUE)));
        assertThat(TokenIssuedMark.isSet(session), is(false));
    }
}
