package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sessionjwt.container.ContainerAdapter;
import dev.sessionjwt.container.RetiredSessionIds;
import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.internal.token.TokenIssuer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

/** Unit tests of {@link ReplicatedSessions}: which version is requested, when the version cookie is written. */
class ReplicatedSessionsTest {

    private static final CookieAttributes TOKEN = new CookieAttributes("SID", "/shop", null, false, true, -1, "Lax");
    private static final String VERSION_NAME = "SID" + ReplicatedSessions.SUFFIX;

    private final Map<String, Duration> retired = new HashMap<>();
    /** Whether the cluster store throws on a write, as Hazelcast does when it cannot reach its members. */
    private boolean storeFails;
    private String containerVersion = "7";
    private String newSessionVersion = "0";
    private final ReplicatedSessions replication = new ReplicatedSessions(new VersionOnlyAdapter(),
            new TokenCookies(TOKEN.withName(VERSION_NAME)), new MapRetiredIds(), Duration.ofMinutes(31));
    private final FakeResponse fake = new FakeResponse();
    private final HttpServletResponse response = fake.proxy();

    @Test
    void theClientsVersionIsRequested() {
        assertThat(replication.requestedVersion(request("SID=a.b.c; SID-version=12")), is("12"));
    }

    @Test
    void withoutAVersionTheNewestCopyIsRequested() {
        assertThat(replication.requestedVersion(request("SID=a.b.c")), is(ContainerAdapter.NEWEST_VERSION));
    }

    @Test
    void aMalformedVersionIsIgnoredAndTheNextValidOneUsed() {
        assertThat(replication.requestedVersion(request("SID-version=-1; SID-version=x9; SID-version=4")), is("4"));
        assertThat(replication.requestedVersion(request("SID-version=1234567890123456789")),
                is(ContainerAdapter.NEWEST_VERSION));
    }

    @Test
    void versionsAreShortNonNegativeDecimals() {
        assertThat(ReplicatedSessions.isVersion("0"), is(true));
        assertThat(ReplicatedSessions.isVersion("123456789012345678"), is(true));
        assertThat(ReplicatedSessions.isVersion("1234567890123456789"), is(false));
        assertThat(ReplicatedSessions.isVersion(""), is(false));
        assertThat(ReplicatedSessions.isVersion("+1"), is(false));
        assertThat(ReplicatedSessions.isVersion("1 "), is(false));
        assertThat(ReplicatedSessions.isVersion("\"3\""), is(false));
    }

    @Test
    void retiredIdsAreNotAdmittedAndKeptForTheTokenLifetime() {
        replication.retire("old");
        assertThat(replication.admits("old"), is(false));
        assertThat(replication.admits("new"), is(true));
        assertThat(retired.get("old"), is(Duration.ofMinutes(31)));
    }

    @Test
    void anIdTheClusterStoreRefusedIsRefusedOnThisNodeAndWrittenOnceTheStoreTakesIt() {
        storeFails = true;

        assertThat(replication.retire("old"), is(false));
        assertThat(replication.admits("old"), is(false));
        assertThat(replication.admits("other"), is(true));
        assertThat(retired.isEmpty(), is(true));

        storeFails = false;
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        assertThat("still refused, now by the cluster-wide record", replication.admits("old"), is(false));
        assertThat(retired.get("old"), is(Duration.ofMinutes(31)));
        assertThat(replication.retire("later"), is(true));
    }

    @Test
    void bindingSendsTheVersionTheContainerAssignedBesideTheToken() {
        fake.proxy().addHeader(TokenCookies.SET_COOKIE, "SID=t; Path=/shop; HttpOnly; SameSite=Lax");
        RequestState state = state("SID=t; SID-version=6");
        replication.bound(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), contains("SID=t; Path=/shop; HttpOnly; SameSite=Lax",
                "SID-version=7; Path=/shop; HttpOnly; SameSite=Lax"));
    }

    @Test
    void aNewSessionGetsTheContainersFirstVersionBesideItsTokenAtOnce() {
        RequestState state = state("SID-version=40");
        fake.proxy().addHeader(TokenCookies.SET_COOKIE, "SID=new; Path=/shop; HttpOnly; SameSite=Lax");
        replication.sessionCreated(state);
        fake.commit();
        replication.flush(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), contains("SID=new; Path=/shop; HttpOnly; SameSite=Lax",
                "SID-version=0; Path=/shop; HttpOnly; SameSite=Lax"));
    }

    @Test
    void withoutAKnownFirstVersionANewSessionWithdrawsTheClientsOldOneAndTheEndOfTheRequestSendsTheNewOne() {
        newSessionVersion = null;
        RequestState state = state("SID-version=40");
        replication.sessionCreated(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), contains(
                "SID-version=; Path=/shop; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"));
        containerVersion = "1";
        state.bindTo("s1", new TokenIssuer(JwtKey.hmacSha256("0123456789abcdef0123456789abcdef"), "sk",
                Duration.ofMinutes(30), Clock.systemUTC()).issue("s1", Map.of()));
        replication.flush(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), contains("SID-version=1; Path=/shop; HttpOnly; SameSite=Lax"));
    }

    @Test
    void aFirstSessionWritesNoDeletionForACookieTheClientNeverHad() {
        newSessionVersion = null;
        replication.sessionCreated(state("SID=a.b.c"));
        assertThat(fake.headers(TokenCookies.SET_COOKIE), is(empty()));
    }

    @Test
    void aCommittedResponseGetsNoVersionAndTheNextRequestAsksForTheNewest() {
        RequestState state = state("SID-version=40");
        fake.commit();
        replication.sessionCreated(state);
        replication.flush(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), is(empty()));
    }

    @Test
    void deletingTheTokenDeletesTheVersionToo() {
        RequestState state = state("SID=t; SID-version=3");
        replication.deleted(state);
        assertThat(fake.headers(TokenCookies.SET_COOKIE), containsInAnyOrder(
                "SID-version=; Path=/shop; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax"));
    }

    @Test
    void theSingleNodeReplicationAddsNothing() {
        RequestState state = state("SID=t; SID-version=3");
        SessionReplication none = SessionReplication.NONE;
        none.bound(state);
        none.sessionCreated(state);
        none.deleted(state);
        none.flush(state);
        none.retire("x");
        assertThat(none.requestedVersion(state.request()), is((String) null));
        assertThat(none.admits("x"), is(true));
        assertThat(fake.headers(TokenCookies.SET_COOKIE), is(empty()));
    }

    private RequestState state(String cookieHeader) {
        return new RequestState(null, request(cookieHeader), response, null);
    }

    /** A request with one Cookie header, plain HTTP, attributes, and a session whose id is the bound one. */
    private static HttpServletRequest request(String cookieHeader) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(ReplicatedSessionsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaders" -> Collections.enumeration(
                            "Cookie".equalsIgnoreCase((String) args[0]) ? List.of(cookieHeader) : List.of());
                    case "isSecure" -> false;
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getSession" -> session("s1");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpSession session(String id) {
        return (HttpSession) Proxy.newProxyInstance(ReplicatedSessionsTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getId")) {
                        return id;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private final class VersionOnlyAdapter implements ContainerAdapter {
        @Override
        public HttpSession bind(HttpServletRequest request, String sessionId, String version) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void detach(HttpServletRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String sessionVersion(HttpServletRequest request) {
            return containerVersion;
        }

        @Override
        public String newSessionVersion() {
            return newSessionVersion;
        }

        @Override
        public HttpServletResponse responseOf(HttpServletRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private final class MapRetiredIds implements RetiredSessionIds {
        @Override
        public void retire(String sessionId, Duration retention) {
            if (storeFails) {
                throw new IllegalStateException("Hazelcast refused to record a retired session id");
            }
            retired.put(sessionId, retention);
        }

        @Override
        public boolean isRetired(String sessionId) {
            return retired.containsKey(sessionId);
        }
    }
}
