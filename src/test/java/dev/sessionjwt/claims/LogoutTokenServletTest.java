package dev.sessionjwt.claims;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.lang.reflect.Proxy;
import java.security.KeyPair;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.internal.logout.LogoutToken;
import dev.sessionjwt.internal.token.discovery.EndedSessionsFeed;
import dev.sessionjwt.internal.token.keys.TestKeys;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The back-channel logout endpoint a reading service registers: 200 for the application's token, 400 otherwise. */
class LogoutTokenServletTest {

    private static final KeyPair PAIR = TestKeys.ec("P-256");
    private static final JwtKey KEY = new JwtKey("k1", "ES256", PAIR.getPrivate(), PAIR.getPublic());
    private static final String RECEIVER = "https://orders.example.com/logout";

    private final SessionJwtReader reader = SessionJwtReader.builder().keys(JwtKeyRing.of(KEY))
            .issuer("https://shop.example.com").build();
    private final LogoutTokenServlet servlet = new LogoutTokenServlet(reader, RECEIVER);

    private Map<String, Object> post(String logoutToken) throws Exception {
        Map<String, Object> answered = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) ->
                        method.getName().equals("getParameter") && "logout_token".equals(args[0]) ? logoutToken : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("setStatus")) {
                        answered.put("status", args[0]);
                    } else if (method.getName().equals("setHeader")) {
                        answered.put((String) args[0], args[1]);
                    }
                    return null;
                });
        servlet.doPost(request, response);
        return answered;
    }

    @Test
    void theApplicationsLogoutTokenIsAnswered200AndEndsTheSession() throws Exception {
        String logout = LogoutToken.sign(KEY, "https://shop.example.com", RECEIVER, EndedSessionsFeed.hash("S1"),
                Instant.now());

        assertThat(post(logout), is(Map.of("status", 200, "Cache-Control", "no-store")));
        assertThat(reader.acceptLogoutToken(logout, "https://other.example/logout").isPresent(), is(true));
    }

    @Test
    void anythingElseIsAnswered400() throws Exception {
        assertThat(post(null).get("status"), is(400));
        assertThat(post("x.y.z").get("status"), is(400));
        assertThat(post(LogoutToken.sign(KEY, "https://evil.example", RECEIVER, EndedSessionsFeed.hash("S1"),
                Instant.now())).get("status"), is(400));
    }
}
