package dev.sessionjwt.internal.token;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.sessionjwt.token.JwtKey;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.token.TokenRejection;
import dev.sessionjwt.token.Verification;

/**
 * The fast path's token side: a value is recognized only when it is exactly a token the session's memory
 * remembers, carries the exact header of a key still in the ring, and its time claims still hold; it then
 * yields the same token full verification would.
 */
class TokenRecognizerTest {

    private static final JwtKey KEY = JwtKey.hmacSha256(Tokens.SECRET);
    private static final JwtKey OLD_KEY = JwtKey.hmacSha256(Tokens.OTHER_SECRET);
    private final MutableClock clock = new MutableClock(Tokens.NOW);
    private final TokenIssuer issuer = new TokenIssuer(KEY, "sk", Tokens.LIFETIME, clock);

    private TokenRecognizer recognizer(JwtKeyRing ring) {
        return new TokenRecognizer(ring, "sk", Tokens.LIFETIME, Tokens.SKEW, Tokens.MAX_SIZE, clock);
    }

    private TokenVerifier verifier(JwtKeyRing ring) {
        return new TokenVerifier(ring, TokenParties.NONE, "sk", Tokens.LIFETIME, Tokens.SKEW, Tokens.MAX_SIZE, clock);
    }

    @Test
    void rememberedTokenIsRecognizedAsTheSameTokenFullVerificationYields() {
        SessionToken issued = issuer.issue("session-1", Map.of("e", "a@example.org", "g", List.of("x", "y")));
        TokenMemo memo = TokenMemo.after(null, issued, KeyBinding.of(KEY, TokenParties.NONE));

        TokenRecognizer.Candidate candidate = recognizer(JwtKeyRing.of(KEY)).read(issued.compact());
        Verification.Valid recognized = candidate.recognizedBy(memo);
        SessionToken verified = verifier(JwtKeyRing.of(KEY)).verify(issued.compact()).token();

        assertThat(candidate.sessionId(), equalTo("session-1"));
        assertThat(recognized.currentKey(), is(true));
        assertThat(recognized.token().compact(), equalTo(verified.compact()));
        assertThat(recognized.token().sessionId(), equalTo(verified.sessionId()));
        assertThat(recognized.token().issuedAt(), equalTo(verified.issuedAt()));
        assertThat(recognized.token().expiresAt(), equalTo(verified.expiresAt()));
        assertThat(recognized.token().jwtId(), equalTo(verified.jwtId()));
        assertThat(recognized.token().claims(), equalTo(verified.claims()));
        assertThat(List.copyOf(recognized.token().claims().keySet()), equalTo(List.copyOf(verified.claims().keySet())));
    }

    @Test
    void forgedTokenNamingALiveSessionWithAWrongSignatureIsNotRecognized() {
        SessionToken issued = issuer.issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, issued, KeyBinding.of(KEY, TokenParties.NONE));
        String forged = issued.compact().substring(0, issued.compact().lastIndexOf('.') + 1) + Tokens.b64(new byte[32]);

        TokenRecognizer.Candidate candidate = recognizer(JwtKeyRing.of(KEY)).read(forged);

        assertThat("it decodes: the session it names is looked at", candidate, notNullValue());
        assertThat(candidate.recognizedBy(memo), nullValue());
        assertInstanceOf(Verification.Rejected.class, verifier(JwtKeyRing.of(KEY)).verify(forged));
    }

    @Test
    void tokenSignedForAnotherSessionIsNotRecognizedByThisSessionsMemory() {
        SessionToken mine = issuer.issue("session-1", Map.of());
        SessionToken theirs = issuer.issue("session-2", Map.of());

        assertThat(recognizer(JwtKeyRing.of(KEY)).read(theirs.compact()).recognizedBy(TokenMemo.after(null, mine, KeyBinding.of(KEY, TokenParties.NONE))),
                nullValue());
    }

    @Test
    void tokenOfAKeyRotatedOutOfTheRingIsNotRecognizedEvenIfRemembered() {
        TokenIssuer oldIssuer = new TokenIssuer(OLD_KEY, "sk", Tokens.LIFETIME, clock);
        SessionToken old = oldIssuer.issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, old, KeyBinding.of(OLD_KEY, TokenParties.NONE));

        assertThat(recognizer(JwtKeyRing.of(KEY)).read(old.compact()), nullValue());
        assertThat(assertInstanceOf(Verification.Rejected.class, verifier(JwtKeyRing.of(KEY)).verify(old.compact()))
                .reason(), equalTo(TokenRejection.UNKNOWN_KEY));
        // while the old key is still in the ring, the token is recognized and flagged for re-issue
        Verification.Valid stillAccepted = recognizer(new JwtKeyRing(KEY, List.of(OLD_KEY))).read(old.compact())
                .recognizedBy(memo);
        assertThat(stillAccepted.currentKey(), is(false));
    }

    @Test
    void rememberedTokenOfAKeyReplacedUnderTheSameKidIsLeftToFullVerificationWhichRejectsIt() {
        JwtKey original = new JwtKey("main", "HS256", KEY.signingKey(), KEY.verificationKey());
        JwtKey replacement = new JwtKey("main", "HS256", OLD_KEY.signingKey(), OLD_KEY.verificationKey());
        TokenRecognizer before = recognizer(JwtKeyRing.of(original));
        SessionToken issued = new TokenIssuer(original, "sk", Tokens.LIFETIME, clock).issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, issued, before.currentBinding());
        assertThat(before.read(issued.compact()).recognizedBy(memo), notNullValue());

        TokenRecognizer.Candidate candidate = recognizer(JwtKeyRing.of(replacement)).read(issued.compact());

        assertThat("the header is the same: only the binding tells the keys apart", candidate, notNullValue());
        assertThat(candidate.recognizedBy(memo), nullValue());
        assertThat(assertInstanceOf(Verification.Rejected.class, verifier(JwtKeyRing.of(replacement))
                .verify(issued.compact())).reason(), equalTo(TokenRejection.BAD_SIGNATURE));
    }

    @Test
    void rememberedTokenIsLeftToFullVerificationOnceTheIssuerOrAudienceChanged() {
        TokenRecognizer before = recognizer(JwtKeyRing.of(KEY));
        SessionToken issued = issuer.issue("session-1", Map.of());
        TokenMemo memo = TokenMemo.after(null, issued, before.currentBinding());

        for (TokenParties parties : List.of(new TokenParties(Optional.of("https://new.example"), Optional.empty()),
                new TokenParties(Optional.empty(), Optional.of("orders")))) {
            TokenRecognizer after = new TokenRecognizer(JwtKeyRing.of(KEY), parties, "sk", Tokens.LIFETIME, Tokens.SKEW,
                    Tokens.MAX_SIZE, clock);
            assertThat(parties.toString(), after.read(issued.compact()).recognizedBy(memo), nullValue());
            assertThat(parties.toString(), new TokenVerifier(JwtKeyRing.of(KEY), parties, "sk", Tokens.LIFETIME,
                    Tokens.SKEW, Tokens.MAX_SIZE, clock).verify(issued.compact()).isValid(), is(false));
        }
    }

    @Test
    void aMemoryWithoutABindingRecognizesNothing() throws Exception {
        SessionToken issued = issuer.issue("session-1", Map.of());
        TokenMemo unbound = unbound(TokenMemo.after(null, issued, KeyBinding.of(KEY, TokenParties.NONE)));

        assertThat(unbound.remembers(TokenMemo.digest(issued.compact())), is(true));
        assertThat(recognizer(JwtKeyRing.of(KEY)).read(issued.compact()).recognizedBy(unbound), nullValue());
    }

    /**
     * The memory as one written before bindings existed deserializes: the same digests, and zeros in the two binding
     * fields its form lacks.
     */
    private static TokenMemo unbound(TokenMemo memo) throws ReflectiveOperationException {
        for (String name : new String[] {"binding0", "binding1"}) {
            java.lang.reflect.Field binding = TokenMemo.class.getDeclaredField(name);
            binding.setAccessible(true);
            binding.setLong(memo, 0L);
        }
        return memo;
    }

    @Test
    void rememberedTokenPastItsExpiryIsLeftToFullVerification() {
        SessionToken issued = issuer.issue("session-1", Map.of());
        TokenRecognizer recognizer = recognizer(JwtKeyRing.of(KEY));

        clock.set(issued.expiresAt().plus(Tokens.SKEW).minusSeconds(1));
        assertThat(recognizer.read(issued.compact()), notNullValue());
        clock.set(issued.expiresAt().plus(Tokens.SKEW));

        assertThat(recognizer.read(issued.compact()), nullValue());
        assertThat(assertInstanceOf(Verification.Rejected.class, verifier(JwtKeyRing.of(KEY)).verify(issued.compact()))
                .reason(), equalTo(TokenRejection.EXPIRED));
    }

    @Test
    void rememberedTokenBeyondAShortenedLifetimeIsLeftToFullVerification() {
        SessionToken issued = issuer.issue("session-1", Map.of());
        TokenRecognizer shorter = new TokenRecognizer(JwtKeyRing.of(KEY), "sk", Duration.ofMinutes(5), Tokens.SKEW,
                Tokens.MAX_SIZE, clock);

        assertThat(shorter.read(issued.compact()), nullValue());
    }

    @Test
    void rememberedTokenIssuedInTheFutureOfAClockSetBackIsLeftToFullVerification() {
        SessionToken issued = issuer.issue("session-1", Map.of());
        clock.set(Tokens.NOW.minus(Duration.ofMinutes(1)));

        assertThat(recognizer(JwtKeyRing.of(KEY)).read(issued.compact()), nullValue());
    }

    @Test
    void valuesThatAreNotTokensOfTheRingAreNotCandidates() {
        TokenRecognizer recognizer = recognizer(JwtKeyRing.of(KEY));
        String valid = issuer.issue("session-1", Map.of()).compact();
        String header = valid.substring(0, valid.indexOf('.'));

        for (String value : new String[] {null, "", "abc", "a.b", valid + ".x", valid.substring(0, valid.lastIndexOf('.') + 1),
                header + ".!!!." + "sig", header + "." + Tokens.b64("[1,2]") + ".sig",
                Tokens.b64(Tokens.HS256_HEADER) + valid.substring(valid.indexOf('.')),
                "x".repeat(Tokens.MAX_SIZE + 1)}) {
            assertThat(String.valueOf(value), recognizer.read(value), nullValue());
        }
    }

    @Test
    void theRecognizerReadsTheHeaderTheIssuerWrites() {
        String compact = issuer.issue("session-1", Map.of()).compact();

        assertThat(compact.substring(0, compact.indexOf('.')), equalTo(TokenIssuer.encodedHeader(KEY)));
        assertThat(Tokens.segment(compact, 0), equalTo("{\"alg\":\"HS256\",\"kid\":\"" + KEY.keyId() + "\",\"typ\":\"JWT\"}"));
    }
}
