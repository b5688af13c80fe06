package dev.sessionjwt.servlet;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.TokenRejection;
import jakarta.servlet.http.HttpSession;
import dev.sessionjwt.internal.token.TokenVerifier;

/**
 * Unit tests of the binding decisions of {@link RequestBindingListener}, through the real listener, session listener
 * and filter on a {@link FakeContainer}: which session a request reaches for which cookie, and what the response
 * says about the cookie.
 */
class RequestBindingListenerTest {

    private static final RequestPath.Application NOTHING = request -> { };

    private final FakeContainer container = new FakeContainer();
    private final RequestPath path = new RequestPath(container, null);
    private final HttpSession alice = container.liveSession("alice-session");

    @Test
    void validTokenBindsItsSessionAndTheResponseSetsNoCookie() throws Exception {
        String token = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + token);

        assertThat(container.calls, contains("bind(alice-session)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(sameInstance(alice)));
        assertThat(served.tokenAttribute(), is(token));
        assertThat(served.setCookies(), is(empty()));
    }

    @Test
    void tamperedTokenReachesNoSessionNotEvenOneTheContainerFoundAndTheCookieIsDeleted() throws Exception {
        String token = path.token("alice-session", Instant.now());
        container.resolveBeforeBinding(container.liveSession("from-the-url"));

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + tampered(token));

        assertThat(container.calls, contains("bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.tokenAttribute(), is(nullValue()));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void tokenSignedWithAnUnconfiguredKeyIsRejected() throws Exception {
        String foreign = path.tokenSignedWith(RequestPath.settings(RequestPath.OLD_SECRET), "alice-session",
                Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + foreign);

        assertThat(container.calls, contains("bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void noCookieBindsNoSessionAndDeletesNothing() throws Exception {
        container.resolveBeforeBinding(alice);

        RequestPath.Served served = path.serve(NOTHING);

        assertThat(container.calls, contains("bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.setCookies(), is(empty()));
    }

    @Test
    void validTokenOfAVanishedSessionBindsNothingCreatesNothingAndDeletesTheCookie() throws Exception {
        String token = path.token("expired-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + token);

        assertThat(container.calls, contains("bind(expired-session)", "bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(container.sessions.keySet(), contains("alice-session"));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void retiredSessionIdIsNeverHandedToTheContainer() throws Exception {
        Set<String> retiredIds = new HashSet<>(Set.of("alice-session"));
        RequestPath clustered = new RequestPath(container, RequestPath.retiredIn(retiredIds));
        String token = clustered.token("alice-session", Instant.now());

        RequestPath.Served served = clustered.serve(NOTHING, "JSESSIONID=" + token);

        assertThat(container.calls, contains("bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void tokenOfAnOlderKeyBindsAndIsReissuedWithTheCurrentKeyInTheSameResponse() throws Exception {
        RequestPath rotated = new RequestPath(container, null, "session-jwt.verification-keys",
                "secret:" + RequestPath.OLD_SECRET);
        String old = rotated.tokenSignedWith(RequestPath.settings(RequestPath.OLD_SECRET), "alice-session",
                Instant.now());

        RequestPath.Served served = rotated.serve(NOTHING, "JSESSIONID=" + old);

        assertThat(served.sessionSeen(), is(sameInstance(alice)));
        String reissued = served.issuedToken();
        assertThat(reissued, is(notNullValue()));
        assertThat(served.tokenAttribute(), is(reissued));
        assertThat(currentKeyOnly().verify(reissued).isValid(), is(true));
        assertThat(currentKeyOnly().verify(old).isValid(), is(false));
        assertThat(rotated.verified(reissued).sessionId(), is("alice-session"));
    }

    @Test
    void tokenPastHalfItsLifeIsReissuedAndAYoungerOneIsNot() throws Exception {
        String old = path.token("alice-session", Instant.now().minus(Duration.ofMinutes(16)));
        String young = path.token("alice-session", Instant.now().minus(Duration.ofMinutes(14)));

        RequestPath.Served pastHalf = path.serve(NOTHING, "JSESSIONID=" + old);
        RequestPath.Served beforeHalf = path.serve(NOTHING, "JSESSIONID=" + young);

        assertThat(pastHalf.issuedToken(), is(notNullValue()));
        assertThat(pastHalf.issuedToken(), is(not(old)));
        assertThat(path.verified(pastHalf.issuedToken()).sessionId(), is("alice-session"));
        assertThat(beforeHalf.setCookies(), is(empty()));
    }

    @Test
    void saveEveryRequestReissuesAFreshToken() throws Exception {
        RequestPath everyRequest = new RequestPath(container, null, "session-jwt.save-every-request", "true");
        String token = everyRequest.token("alice-session", Instant.now());

        RequestPath.Served served = everyRequest.serve(NOTHING, "JSESSIONID=" + token);

        assertThat(served.issuedToken(), is(notNullValue()));
        assertThat(served.issuedToken(), is(not(token)));
    }

    @Test
    void badCookieBeforeAValidOneIsSkippedAndTheValidOneIsNotDeleted() throws Exception {
        String token = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=not.a-token; JSESSIONID=" + token);

        assertThat(container.calls, contains("bind(alice-session)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(sameInstance(alice)));
        assertThat(served.setCookies(), is(empty()));
    }

    @Test
    void firstValidCookieNamingALiveSessionWinsOverOneOfAVanishedSession() throws Exception {
        String gone = path.token("gone-session", Instant.now());
        String live = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + gone, "JSESSIONID=" + live);

        assertThat(container.calls, contains("bind(gone-session)", "bind(alice-session)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(sameInstance(alice)));
        assertThat(served.tokenAttribute(), is(live));
    }

    @Test
    void twoValidCookiesOfLiveSessionsBindTheFirstOnly() throws Exception {
        container.liveSession("bob-session");
        String bob = path.token("bob-session", Instant.now());
        String alices = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + bob + "; JSESSIONID=" + alices);

        assertThat(container.calls, contains("bind(bob-session)", "refreshSessionCaches"));
        assertThat(served.sessionSeen().getId(), is("bob-session"));
    }

    @Test
    void adapterThatThrowsOnBindLeavesTheApplicationWithoutTheTokensSession() throws Exception {
        container.failBind = true;
        String token = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + token);

        assertThat(container.calls, contains("bind(alice-session)", "detach", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.tokenAttribute(), is(nullValue()));
        assertThat(served.issuedToken(), is(nullValue()));
    }

    @Test
    void tokenTheSessionRemembersIsRecognizedWithoutASignatureCheck() throws Exception {
        container.peeks = true;
        RequestPath.Served first = path.serve(request -> request.getSession(true));
        String issued = first.issuedToken();
        String id = path.verified(issued).sessionId();
        long verifiedBefore = path.holder.counters().tokensVerified();
        container.calls.clear();

        RequestPath.Served second = path.serve(NOTHING, "JSESSIONID=" + issued);

        assertThat(container.calls, contains("peek(" + id + ")", "bind(" + id + ")", "refreshSessionCaches"));
        assertThat(second.sessionSeen().getId(), is(id));
        assertThat(path.holder.counters().tokensRecognized(), is(1L));
        assertThat(path.holder.counters().tokensVerified(), is(verifiedBefore));
    }

    @Test
    void forgedTokenNamingARememberingSessionIsVerifiedInFullAndNeverBound() throws Exception {
        container.peeks = true;
        String issued = path.serve(request -> request.getSession(true)).issuedToken();
        String id = path.verified(issued).sessionId();
        // the session's header and payload, but a signature nobody made
        String forged = issued.substring(0, issued.lastIndexOf('.') + 1) + (issued.endsWith("A") ? "B" : "A")
                .repeat(43);
        container.calls.clear();

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=" + forged);

        assertThat(container.calls, contains("peek(" + id + ")", "bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(path.holder.counters().tokensRecognized(), is(0L));
    }

    @Test
    void hundredsOfForgedValuesCostFourVerificationsAndTheRequestIsAnsweredAnonymously() throws Exception {
        String token = path.token("alice-session", Instant.now());
        String forged = token.substring(0, token.lastIndexOf('.') + 1);
        StringBuilder header = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            header.append("JSESSIONID=").append(forged).append(String.format("%043d", i)).append("; ");
        }

        RequestPath.Served served = path.serve(NOTHING, header.toString(), "JSESSIONID=" + token);

        assertThat(path.holder.counters().tokensRejected(), is((long) TokenCookies.MAX_VALUES));
        assertThat(path.holder.counters().tokensVerified(), is(0L));
        assertThat(container.calls, contains("bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(served.deletesCookie(), is(true));
    }

    @Test
    void aValueRepeatedHundredsOfTimesIsVerifiedOnce() throws Exception {
        String token = path.token("alice-session", Instant.now());
        String forged = "JSESSIONID=" + tampered(token);
        String[] headers = new String[200];
        Arrays.fill(headers, forged + "; " + forged);

        RequestPath.Served served = path.serve(NOTHING, headers);

        assertThat(path.holder.counters().tokensRejected(), is(1L));
        assertThat(served.sessionSeen(), is(nullValue()));
    }

    @Test
    void aValidTokenAmongTheFirstFourDistinctValuesStillBinds() throws Exception {
        String token = path.token("alice-session", Instant.now());

        RequestPath.Served served = path.serve(NOTHING, "JSESSIONID=a; JSESSIONID=a; JSESSIONID=b",
                "JSESSIONID=c; JSESSIONID=c; JSESSIONID=" + token + "; JSESSIONID=d");

        assertThat(served.sessionSeen(), is(sameInstance(alice)));
        assertThat(path.holder.counters().tokensRejected(), is(3L));
    }

    @Test
    void rememberedTokenOfAKeyReplacedUnderTheSameKidIsVerifiedInFullAndBindsNothing() throws Exception {
        container.peeks = true;
        RequestPath before = RequestPath.withSecret(RequestPath.SECRET, container, null, "session-jwt.key-id", "main");
        String issued = before.serve(request -> request.getSession(true)).issuedToken();
        String id = before.verified(issued).sessionId();
        // the operator replaces the key, keeps its kid, and the sessions survive (a redeploy that keeps them)
        RequestPath after = RequestPath.withSecret(RequestPath.OLD_SECRET, container, null, "session-jwt.key-id",
                "main");
        container.calls.clear();

        RequestPath.Served served = after.serve(NOTHING, "JSESSIONID=" + issued);

        assertThat(container.calls, contains("peek(" + id + ")", "bind(null)", "refreshSessionCaches"));
        assertThat(served.sessionSeen(), is(nullValue()));
        assertThat(after.holder.counters().tokensRecognized(), is(0L));
        assertThat(after.holder.counters().tokensRejected(TokenRejection.BAD_SIGNATURE), is(1L));
    }

    @Test
    void rememberedTokenIsVerifiedInFullOnceTheIssuerOrAudienceChanged() throws Exception {
        container.peeks = true;
        String issued = path.serve(request -> request.getSession(true)).issuedToken();
        for (String setting : new String[] {"session-jwt.issuer", "session-jwt.audience"}) {
            RequestPath after = new RequestPath(container, null, setting, "https://new.example");

            RequestPath.Served served = after.serve(NOTHING, "JSESSIONID=" + issued);

            assertThat(setting, served.sessionSeen(), is(nullValue()));
            assertThat(setting, after.holder.counters().tokensRecognized(), is(0L));
            assertThat(setting, after.holder.counters().tokensRejected(), is(1L));
        }
        // under the settings it was issued with, the session still recognizes it
        assertThat(path.serve(NOTHING, "JSESSIONID=" + issued).sessionSeen(), is(notNullValue()));
        assertThat(path.holder.counters().tokensRecognized(), is(1L));
    }

    /** A verifier that knows only the current secret. */
    private TokenVerifier currentKeyOnly() {
        return new TokenVerifier(path.settings.signing().keys().current(), "sk", Duration.ofMinutes(30),
                Duration.ofSeconds(30), 8192, Clock.systemUTC());
    }

    /**
     * The token with one character of its signature changed: the last but one, whose six bits all count (replacing the
     * last two with fixed ones left the token valid when they were already those, or differed only in the last
     * character's unused low bits: about one run in a thousand).
     */
    private static String tampered(String token) {
        int at = token.length() - 2;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }
}
