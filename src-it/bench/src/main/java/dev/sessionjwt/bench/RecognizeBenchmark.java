package dev.sessionjwt.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.sessionjwt.internal.token.CachingTokenVerifier;
import dev.sessionjwt.token.JwtKeyRing;
import dev.sessionjwt.token.SessionToken;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenMemo;
import dev.sessionjwt.internal.token.TokenRecognizer;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/**
 * The fast path for a live session's own token, as the request listener runs it minus the container's map
 * lookup: decode the session id and times, digest the whole value and compare it with what the session remembers
 * ({@code recognized}). And a forged token naming a live session (the right header and payload, a wrong
 * signature): the same decoding and a failed comparison, then the full verification it would have cost without the
 * fast path ({@code forged}), against that full verification alone ({@code forgedWithoutFastPath}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecognizeBenchmark {

    /** The JWS algorithm. */
    @Param({"HS256", "RS256", "ES256", "EdDSA"})
    public String algorithm;

    private BenchToken token;
    private String forged;
    private TokenRecognizer recognizer;
    private TokenMemo memo;
    private CachingTokenVerifier verifier;

    /** Builds the token, its memory and a forgery, and checks each path's verdict. */
    @Setup
    public void setUp() {
        token = new BenchToken(BenchKeys.valueOf(algorithm));
        recognizer = new TokenRecognizer(JwtKeyRing.of(token.key), "sk", BenchToken.LIFETIME, BenchToken.SKEW,
                BenchToken.MAX_SIZE, Clock.systemUTC());
        // the session remembers the token it was given (only the compact form and the id matter here)
        memo = TokenMemo.after(null, new SessionToken(token.compact, BenchToken.SESSION_ID, Instant.now(),
                Instant.now().plus(BenchToken.LIFETIME), "jti", Map.of()), recognizer.currentBinding());
        char last = token.compact.charAt(token.compact.length() - 2);
        forged = token.compact.substring(0, token.compact.length() - 2) + (last == 'A' ? 'B' : 'A')
                + token.compact.charAt(token.compact.length() - 1);
        verifier = new CachingTokenVerifier(new TokenVerifier(token.key, "sk", BenchToken.LIFETIME, BenchToken.SKEW,
                BenchToken.MAX_SIZE, Clock.systemUTC()), new VerifiedTokenCache(4096), new TokenCounters());
        if (recognized() == null || forged().isValid() || forgedWithoutFastPath().isValid()) {
            throw new IllegalStateException("the fast path does not judge the benchmark tokens as expected");
        }
    }

    /** A live session's own token: decode, digest, compare. */
    @Benchmark
    public Verification.Valid recognized() {
        return recognizer.read(token.fresh()).recognizedBy(memo);
    }

    /** A forged token naming the live session: the failed fast path, then full verification. */
    @Benchmark
    public Verification forged() {
        String value = new String(forged);
        TokenRecognizer.Candidate candidate = recognizer.read(value);
        Verification.Valid valid = candidate == null ? null : candidate.recognizedBy(memo);
        return valid != null ? valid : verifier.verify(value);
    }

    /** The same forged token, full verification only: what it cost before the fast path. */
    @Benchmark
    public Verification forgedWithoutFastPath() {
        return verifier.verify(new String(forged));
    }
}
