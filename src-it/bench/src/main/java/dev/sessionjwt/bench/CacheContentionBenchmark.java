package dev.sessionjwt.bench;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import dev.sessionjwt.internal.token.CachingTokenVerifier;
import dev.sessionjwt.internal.token.TokenCounters;
import dev.sessionjwt.internal.token.TokenIssuer;
import dev.sessionjwt.internal.token.TokenVerifier;
import dev.sessionjwt.token.Verification;
import dev.sessionjwt.internal.token.VerifiedTokenCache;

/**
 * Cache hits spread over many live sessions' tokens, from one thread and from two threads sharing one
 * cache and one set of counters: equal times per operation mean the hit path has no contention to speak of.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CacheContentionBenchmark {

    /** Live sessions, each with its own token, all cached. */
    static final int SESSIONS = 1000;

    /** The verifier and the tokens, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Shared {
        CachingTokenVerifier verifier;
        byte[][] tokens;

        /** Issues and caches one HS256 token per session. */
        @Setup
        public void setUp() {
            BenchKeys algorithm = BenchKeys.HS256;
            var key = algorithm.newKey();
            TokenIssuer issuer = new TokenIssuer(key, "sk", BenchToken.LIFETIME, Clock.systemUTC());
            verifier = new CachingTokenVerifier(new TokenVerifier(key, "sk", BenchToken.LIFETIME, BenchToken.SKEW,
                    BenchToken.MAX_SIZE, Clock.systemUTC()), new VerifiedTokenCache(4096), new TokenCounters());
            tokens = new byte[SESSIONS][];
            for (int i = 0; i < SESSIONS; i++) {
                String token = issuer.issue(String.format("%032x", i), BenchToken.extraClaims()).compact();
                if (!verifier.verify(token).isValid()) {
                    throw new IllegalStateException("token " + i + " does not verify");
                }
                tokens[i] = token.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
    }

    /** Where each thread is in the round-robin over the sessions. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public Verification oneThread(Shared shared, Cursor cursor) {
        return hit(shared, cursor);
    }

    /** Two threads on the same cache and counters (this machine has two cores). */
    @Benchmark
    @Threads(2)
    public Verification twoThreads(Shared shared, Cursor cursor) {
        return hit(shared, cursor);
    }

    private static Verification hit(Shared shared, Cursor cursor) {
        byte[] token = shared.tokens[cursor.next++ % SESSIONS];
        return shared.verifier.verify(new String(token, StandardCharsets.ISO_8859_1));
    }
}
